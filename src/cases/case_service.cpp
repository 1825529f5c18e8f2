#include "cases/case_service.hpp"

#include <map>

#include "cases/case_access.hpp"
#include "cases/case_rules.hpp"
#include "platform/core/clock.hpp"

namespace polku::cases {
namespace {

// A refused transition: every unmet guard as an error of the field "stage".
Error guards_error(const std::vector<std::string>& codes) {
  std::vector<FieldError> fields;
  for (const auto& c : codes) fields.push_back({"stage", c});
  return Error{ErrorCode::kInvalidInput, "transition_refused", std::move(fields), {}, 0};
}

void require_version(std::vector<FieldError>& errors, std::optional<long long> version) {
  if (!version) errors.push_back({"version", "required"});
}

}  // namespace

std::optional<Case> CaseService::find(long long id) {
  auto c = cases_.find(id);
  if (c && decisions_ != nullptr) {
    c->decisions = decisions_->for_case(id);
    c->notices = decisions_->notices(id);
  }
  return c;
}

Case CaseService::found(long long id) {
  auto c = find(id);
  if (!c) throw std::logic_error("the case " + std::to_string(id) + " was just saved");
  return std::move(*c);
}

std::optional<Error> CaseService::record_change(work::UnitOfWork& unit, long long case_id, const std::string& action,
                                                const std::string& detail) {
  return cases_.record_change(unit, case_id, action, detail);
}

Result<Case> CaseService::load(const Caller& caller, long long id, bool edit) {
  const auto& user = caller.user;
  auto c = find(id);
  if (!c) return Error::not_found();
  if (!can_read_case(user, c->organisation_id)) {
    // A participating provider knows the case exists (it reads it), but never changes it.
    const bool provider = case_access(user, c->organisation_id, c->participants) == CaseAccess::kProvider;
    if (!provider) caller.refused(c->client_id, "case " + std::to_string(id));
    return edit && provider ? Error::forbidden() : Error::not_found();
  }
  if (edit && !can_edit_case(user, c->organisation_id)) return Error::forbidden();
  return std::move(*c);
}

Result<Case> CaseService::load_for_reading(const Caller& caller, long long id, CaseAccess* access) {
  auto c = find(id);
  if (!c) return Error::not_found();
  const auto granted = case_access(caller.user, c->organisation_id, c->participants);
  if (granted == CaseAccess::kNone) {
    caller.refused(c->client_id, "case " + std::to_string(id));
    return Error::not_found();
  }
  if (access != nullptr) *access = granted;
  return std::move(*c);
}

std::optional<std::pair<Case, CaseAccess>> CaseService::with_access(const Caller& caller, long long id) {
  auto c = find(id);
  if (!c) return std::nullopt;
  const auto granted = case_access(caller.user, c->organisation_id, c->participants);
  return std::make_pair(std::move(*c), granted);
}

service_types::ServiceType CaseService::type_of(const Case& c) {
  auto t = types_.find(c.service_type);
  if (!t) throw std::runtime_error("unknown service type " + c.service_type);
  return std::move(*t);
}

ProcessModel CaseService::model_for(const Case& c) {
  if (c.region_id) {
    if (auto m = models_.find(*c.region_id)) return *m;
  }
  return default_process_model(0, c.organisation_id);
}

bool CaseService::instructors_may_decide(const Case& c) { return model_for(c).instructors_may_decide; }

std::vector<std::string> CaseService::responsible_roles(const std::vector<CaseSummary>& cases) {
  std::map<long long, ProcessModel> models;  // by region; 0 = the defaults
  std::vector<std::string> out;
  for (const auto& s : cases) {
    const long long region = s.region_id.value_or(0);
    auto it = models.find(region);
    if (it == models.end()) {
      Case c;
      c.organisation_id = s.organisation_id;
      c.region_id = s.region_id;
      it = models.emplace(region, model_for(c)).first;
    }
    out.push_back(cases::responsible_role(it->second, s.stage));
  }
  return out;
}

CaseView CaseService::view(Case c, CaseAccess access) {
  CaseView v;
  v.access = access;
  const auto type = type_of(c);
  v.next_stage = next_stage(c.stage);
  if (!v.next_stage.empty()) {
    TransitionContext context{today_helsinki(), {}};
    if (v.next_stage == "implementation" && agreement_guard_) {
      v.guard_details = agreement_guard_(c);
      for (const auto& g : v.guard_details) context.extra_guards.push_back(g.code);
    }
    v.missing = evaluate_transition(c, v.next_stage, type, context);
  }
  v.missing_notices = missing_notices(c, type);
  v.responsible_role = cases::responsible_role(model_for(c), c.stage);
  v.c = std::move(c);
  return v;
}

std::vector<CaseSummary> CaseService::list(const auth::AuthContext& user, CaseFilter filter) {
  filter.organisation_ids = case_readable_organisations(user);
  const auto scope = participant_scope(user);
  filter.participant_manager_organisations = scope.manager_organisations;
  filter.participant_coach_organisations = scope.coach_organisations;
  filter.participant_user_id = scope.user_id;
  return cases_.list(filter);
}

Result<Case> CaseService::create(const Caller& caller, long long client_id, const std::string& service_type,
                                 std::optional<long long> region_id) {
  const auto& user = caller.user;
  if (!user.has_role("social_worker") && !user.has_role("social_instructor")) return Error::forbidden();
  std::vector<FieldError> errors;
  if (client_id <= 0) errors.push_back({"clientId", "required"});
  if (service_type.empty()) {
    errors.push_back({"serviceType", "required"});
  } else if (!types_.find(service_type)) {
    errors.push_back({"serviceType", "invalid_choice"});
  }
  if (!errors.empty()) return Error::invalid(std::move(errors));
  // A client the user may not see is reported as missing, not as forbidden.
  auto organisation = clients_.organisation_of(client_id);
  if (!organisation || !can_read_case(user, *organisation)) return Error::invalid({{"clientId", "reference_missing"}});
  if (!can_edit_case(user, *organisation)) return Error::forbidden();
  auto id = in_unit(caller, [&](work::UnitOfWork& unit) {
    auto made = cases_.create(unit, client_id, service_type, region_id);
    // The worker who opens the case becomes the client's own worker when they have none.
    if (made) clients_.adopt_if_unassigned(unit, client_id, user.user_id);
    return made;
  });
  if (!id) return id.error();
  return found(*id);
}

Result<Case> CaseService::editable(const Caller& caller, long long id, std::optional<long long> version,
                                   std::vector<FieldError> errors) {
  auto c = load(caller, id, true);
  if (!c) return c;
  if (c->stage == "closed") return case_closed_error();
  require_version(errors, version);
  if (!errors.empty()) return Error::invalid(std::move(errors));
  return c;
}

Result<Case> CaseService::save_referral(const Caller& caller, long long id, std::optional<long long> version,
                                        const Referral& r) {
  auto c = editable(caller, id, version, validate_referral(r));
  if (!c) return c;
  auto saved = in_unit(caller, [&](work::UnitOfWork& unit) { return cases_.save_referral(unit, id, *version, r); });
  if (!saved) return saved.error();
  return found(id);
}

Result<Case> CaseService::save_assessment(const Caller& caller, long long id, std::optional<long long> version,
                                          Assessment a) {
  const auto& user = caller.user;
  auto c = editable(caller, id, version, validate_assessment(a));
  if (!c) return c;
  a.author_id = user.user_id;
  auto saved = in_unit(caller, [&](work::UnitOfWork& unit) { return cases_.save_assessment(unit, id, *version, a); });
  if (!saved) return saved.error();
  return found(id);
}

Result<Case> CaseService::save_plan(const Caller& caller, long long id, std::optional<long long> version,
                                    const Plan& p) {
  auto c = load(caller, id, true);
  if (!c) return c;
  c = editable(caller, id, version, validate_plan(p, type_of(*c)));
  if (!c) return c;
  auto saved = in_unit(caller, [&](work::UnitOfWork& unit) { return cases_.save_plan(unit, id, *version, p); });
  if (!saved) return saved.error();
  return found(id);
}

Result<Case> CaseService::save_end(const Caller& caller, long long id, std::optional<long long> version, End e) {
  auto c = editable(caller, id, version, validate_end(e));
  if (!c) return c;
  if (e.reason != "interrupted") {
    e.interruption_reason.clear();
    e.acceptable_reason = true;
  }
  e.notify_employment_authority = notifies_employment_authority(type_of(*c), e);
  auto saved = in_unit(caller, [&](work::UnitOfWork& unit) { return cases_.save_end(unit, id, *version, e); });
  if (!saved) return saved.error();
  return found(id);
}

Result<Case> CaseService::save_follow_up(const Caller& caller, long long id, std::optional<long long> version,
                                         const FollowUp& f) {
  auto c = editable(caller, id, version, validate_follow_up(f));
  if (!c) return c;
  FollowUp stored = f;
  if (stored.category != "none") stored.none_reason.clear();
  auto saved =
      in_unit(caller, [&](work::UnitOfWork& unit) { return cases_.save_follow_up(unit, id, *version, stored); });
  if (!saved) return saved.error();
  return found(id);
}

Result<Case> CaseService::transition(const Caller& caller, long long id, std::optional<long long> version,
                                     const std::string& to) {
  auto c = load(caller, id, true);
  if (!c) return c;
  std::vector<FieldError> errors;
  require_version(errors, version);
  if (to.empty()) errors.push_back({"to", "required"});
  if (!errors.empty()) return Error::invalid(std::move(errors));
  if (*version != c->version) return Error::make(ErrorCode::kConflict, "stale_version");
  TransitionContext context{today_helsinki(), {}};
  if (to == "implementation" && agreement_guard_) {
    for (const auto& g : agreement_guard_(*c)) context.extra_guards.push_back(g.code);
  }
  auto unmet = evaluate_transition(*c, to, type_of(*c), context);
  if (!unmet.empty()) return guards_error(unmet);
  // The version check makes the guards' view of the case the one that moves.
  auto moved =
      in_unit(caller, [&](work::UnitOfWork& unit) { return cases_.move_stage(unit, id, *version, c->stage, to); });
  if (!moved) return moved.error();
  return found(id);
}

Result<Case> CaseService::interrupt(const Caller& caller, long long id, std::optional<long long> version,
                                    const std::string& reason) {
  std::vector<FieldError> errors;
  if (reason.empty()) errors.push_back({"reason", "required"});
  if (reason.size() > 4000) errors.push_back({"reason", "too_long"});
  auto c = editable(caller, id, version, std::move(errors));
  if (!c) return c;
  if (c->status == "interrupted") return guards_error({"case_interrupted"});
  auto saved =
      in_unit(caller, [&](work::UnitOfWork& unit) { return cases_.set_interrupted(unit, id, *version, true, reason); });
  if (!saved) return saved.error();
  return found(id);
}

Result<Case> CaseService::resume(const Caller& caller, long long id, std::optional<long long> version) {
  auto c = editable(caller, id, version, {});
  if (!c) return c;
  if (c->status != "interrupted") return guards_error({"case_not_interrupted"});
  auto saved =
      in_unit(caller, [&](work::UnitOfWork& unit) { return cases_.set_interrupted(unit, id, *version, false, {}); });
  if (!saved) return saved.error();
  return found(id);
}

Result<ProcessModel> CaseService::process_model(const auth::AuthContext& user, long long region_id, bool edit) {
  auto m = models_.find(region_id);
  if (!m) return Error::not_found();
  const bool may_edit = can_edit_process_model(user, m->organisation_id);
  if (!may_edit && !can_read_process_model(user, m->organisation_id)) return Error::not_found();
  if (edit && !may_edit) return Error::forbidden();
  return std::move(*m);
}

}  // namespace polku::cases
