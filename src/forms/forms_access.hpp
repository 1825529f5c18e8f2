// Who publishes and fills forms (pure): a purchaser's managers publish its versions; a case's forms are filled
// by the case's editors and, of the kinds its work makes, the provider.
#pragma once
#include <string_view>

#include "cases/case_access.hpp"
#include "platform/auth/auth_context.hpp"

namespace polku::forms {

bool may_publish(const auth::AuthContext& user, long long organisation_id);
// Any role in the organisation: one without is told the organisation is not found.
bool has_role_in(const auth::AuthContext& user, long long organisation_id);

// What a user may do with a case's forms of a kind, by their access to the case: its editors fill every kind and
// its readers read them; a provider (the coach) fills what its work makes (plans, evaluations, feedback and the
// self-assessment with the client) and reads the client agreement, nothing else.
// The staff of a place where the client has a period (`place_staff`) fill the placement feedback and see no other
// form.
enum class EntryAccess { kNone, kRead, kWrite };
EntryAccess entry_access(cases::CaseAccess access, std::string_view kind, bool place_staff = false);

}  // namespace polku::forms
