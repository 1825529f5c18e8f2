// Who sees and records compensation (pure): a purchaser's managers approve its months and keep its own rates;
// its social workers and instructors record its clients' benefit payers, fares, claims and corrections, and
// read the batches as its managers do; the administrator keeps the rates of the law.
#pragma once
#include <optional>

#include "platform/auth/auth_context.hpp"

namespace polku::compensation {

bool may_read_batches(const auth::AuthContext& user, long long organisation_id);
bool may_approve(const auth::AuthContext& user, long long organisation_id);
bool may_read_client(const auth::AuthContext& user, long long client_organisation_id);
bool may_record_for_client(const auth::AuthContext& user, long long client_organisation_id);
// A rate of the law (no organisation) or a purchaser's own.
bool may_keep_rates(const auth::AuthContext& user, std::optional<long long> organisation_id);

}  // namespace polku::compensation
