// Who may see and edit cases, and which parts of them (pure). The purchaser's
// social workers and instructors edit their organisation's cases and its
// managers read them; a provider taking part through an accepted service order
// reads the provider's view: its managers and the coach it named (issue 5).
#pragma once
#include <string_view>
#include <vector>

#include "cases/case.hpp"
#include "platform/auth/auth_context.hpp"

namespace polku::cases {

enum class CaseAccess { kNone, kProvider, kRead, kEdit };

std::string_view access_name(CaseAccess access);  // "none", "provider", "read", "edit"

// The strongest access the user has to a case of `organisation_id` with these participants.
CaseAccess case_access(const auth::AuthContext& user, long long organisation_id,
                       const std::vector<Participant>& participants);

// The parts of a case a reader sees. The provider sees what the work needs
// (client name and language, service type, stage, the plan's tasks, goal,
// hours, days, start, length, support and evaluation date, the end's reason and
// date, the participants) and never the purchaser's referral, assessment,
// decisions, notices, follow-up path, the plan's other services and external
// reference, interruption reasons or the timeline's details.
struct CaseVisibility {
  bool referral = true;
  bool assessment = true;
  bool plan_purchaser_fields = true;  // kind and date stay visible; other services, external reference
  bool decisions = true;
  bool notices = true;
  bool follow_up = true;
  bool guards = true;  // next stage's missing guards and notices
  bool reasons = true;  // interruption reasons (on the case and in the end record)
  bool timeline_details = true;
};
CaseVisibility visibility_for(CaseAccess access);

// Whose cases a provider's staff read: organisations where the user is a coach
// (only cases naming the user) or a manager (every case of the organisation).
struct ParticipantScope {
  long long user_id = 0;
  std::vector<long long> coach_organisations;
  std::vector<long long> manager_organisations;
  bool empty() const { return coach_organisations.empty() && manager_organisations.empty(); }
};
ParticipantScope participant_scope(const auth::AuthContext& user);

std::vector<long long> case_readable_organisations(const auth::AuthContext& user);
// The purchaser's side only: decisions, notices, my work and process models use these.
bool can_read_case(const auth::AuthContext& user, long long organisation_id);
bool can_edit_case(const auth::AuthContext& user, long long organisation_id);
// Managers of the purchaser edit its regions' process models.
bool can_edit_process_model(const auth::AuthContext& user, long long organisation_id);
bool can_read_process_model(const auth::AuthContext& user, long long organisation_id);

}  // namespace polku::cases
