#include "forms/forms_service.hpp"

#include <algorithm>
#include <set>

#include "forms/forms_access.hpp"
#include "forms/forms_rules.hpp"
#include "forms/shipped_forms.hpp"

namespace polku::forms {

std::vector<FormVersion> FormsService::current(long long organisation_id) {
  std::vector<FormVersion> out;
  std::set<std::string> kinds;
  // Newest first per kind, the organisation's own before the shipped (organisation_id NULL sorts by the store).
  auto all = store_.versions(organisation_id);
  for (const bool own : {true, false}) {
    for (auto& v : all) {
      if (v.organisation_id.has_value() != own || kinds.count(v.kind)) continue;
      kinds.insert(v.kind);
      out.push_back(v);
    }
  }
  std::sort(out.begin(), out.end(), [](const FormVersion& a, const FormVersion& b) { return a.kind < b.kind; });
  return out;
}

std::vector<FormVersion> FormsService::history(long long organisation_id, const std::string& kind) {
  auto all = store_.versions(organisation_id, kind);
  std::stable_sort(all.begin(), all.end(), [](const FormVersion& a, const FormVersion& b) {
    return a.organisation_id.has_value() > b.organisation_id.has_value();
  });
  return all;
}

Result<FormVersion> FormsService::version(long long id) {
  if (auto v = store_.find(id)) return *v;
  return Error::not_found();
}

bool FormsService::may_publish_in(const auth::AuthContext& user, long long organisation_id) const {
  return may_publish(user, organisation_id);
}

Result<FormVersion> FormsService::publish(const work::Caller& caller, long long organisation_id,
                                          const boost::json::value& body) {
  if (!may_publish(caller.user, organisation_id)) {
    return has_role_in(caller.user, organisation_id) ? Error::forbidden() : Error::not_found();
  }
  const auto* o = body.if_object();
  const auto* given = o ? o->if_contains("definition") : nullptr;
  if (!given) return Error::invalid({{"definition", "required"}});
  auto parsed = parse_definition(*given);
  if (!parsed) return parsed.error();
  std::vector<FieldError> errors;
  for (auto& e : validate_definition(*parsed)) errors.push_back({"definition." + e.field, e.code});
  for (auto& e : validate_national(*parsed, shipped_forms())) errors.push_back({"definition." + e.field, e.code});
  if (!errors.empty()) return Error::invalid(std::move(errors));
  // The version the editor began from: when another was published since, this one would silently undo it.
  std::optional<FormVersion> based_on;
  if (const auto* b = o->if_contains("basedOnVersionId"); b && b->is_int64()) {
    based_on = store_.find(b->as_int64());
    if (!based_on || based_on->kind != parsed->kind) return Error::invalid({{"basedOnVersionId", "invalid_choice"}});
  }
  auto id = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<long long> {
    // Forms are a purchaser's: its workers and providers fill them for its clients.
    if (!store_.is_purchaser(unit, organisation_id)) return Error::forbidden();
    const int latest = store_.latest_version(unit, organisation_id, parsed->kind);
    if (based_on) {
      const bool own = based_on->organisation_id && *based_on->organisation_id == organisation_id;
      if ((own && based_on->version != latest) || (!own && latest > 0)) {
        return Error::make(ErrorCode::kConflict, "stale_version");
      }
    }
    const int next = latest + 1;
    return store_.insert(unit, organisation_id, next, *parsed, caller.actor.user_id);
  });
  if (!id) return id.error();
  return version(*id);
}

}  // namespace polku::forms
