#include "forms/entry_service.hpp"

#include "forms/due_rules.hpp"
#include "forms/entry_document.hpp"
#include "forms/forms_rules.hpp"
#include "forms/goal_rules.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/dates.hpp"

namespace polku::forms {
namespace json = boost::json;

namespace {

constexpr std::size_t kMaxReason = 500;

Error stale() { return Error::make(ErrorCode::kConflict, "stale_version"); }

EntryView view_of(FormEntry e, EntryAccess access, long long user_id) {
  const bool acknowledges = e.kind == "implementation_plan" && e.state == "completed" && e.acknowledged_at.empty() &&
                            e.own_worker_id && *e.own_worker_id == user_id;
  return EntryView{std::move(e), access, acknowledges};
}

}  // namespace

bool EntryService::staffs_a_place_of(const auth::AuthContext& user, long long case_id) {
  for (const auto& p : store_.place_periods_of_case(case_id)) {
    if (periods::is_place_staff(user, p.host_id, p.supervisor_user_id)) return true;
  }
  return false;
}

Result<EntryService::CaseOf> EntryService::case_of(const work::Caller& caller, long long case_id) {
  auto found = cases_.with_access(caller, case_id);
  if (!found) return Error::not_found();
  // The case's editors fill every kind already: only the others are asked whether they staff one of its places.
  const bool editor = found->second == cases::CaseAccess::kEdit;
  CaseOf out{std::move(found->first), found->second, !editor && staffs_a_place_of(caller.user, case_id)};
  if (out.access == cases::CaseAccess::kNone && !out.place_staff) {
    caller.refused(out.c.client_id, "case " + std::to_string(case_id));
    return Error::not_found();
  }
  return out;
}

Result<std::vector<EntryView>> EntryService::of_case(const work::Caller& caller, long long case_id) {
  auto c = case_of(caller, case_id);
  if (!c) return c.error();
  std::vector<EntryView> out;
  for (auto& e : store_.of_case(case_id)) {
    const auto a = entry_access(c->access, e.kind, c->place_staff);
    if (a != EntryAccess::kNone) out.push_back(view_of(std::move(e), a, caller.user.user_id));
  }
  caller.accessed(c->c.client_id, "list", "forms");
  return out;
}

Result<EntryView> EntryService::find(const work::Caller& caller, long long id) {
  auto e = store_.find(id);
  if (!e) return Error::not_found();
  auto c = case_of(caller, e->case_id);
  if (!c) return c.error();
  const auto a = entry_access(c->access, e->kind, c->place_staff);
  if (a == EntryAccess::kNone) return Error::not_found();
  caller.accessed(e->client_id, "read", "form " + e->kind);
  return view_of(std::move(*e), a, caller.user.user_id);
}

Result<EntryView> EntryService::writable(const work::Caller& caller, long long id) {
  auto found = find(caller, id);
  if (!found) return found.error();
  if (found->access != EntryAccess::kWrite) return Error::forbidden();
  return found;
}

Result<FormVersion> EntryService::version_of(const FormEntry& e) { return forms_.version(e.form_version_id); }

Result<EntryView> EntryService::create(const work::Caller& caller, long long case_id, const std::string& kind,
                                       const json::object& answers) {
  auto found = case_of(caller, case_id);
  if (!found) return found.error();
  const auto* c = &found->c;
  // No access at all was a 404 of the case already: here the user sees the case but may not fill this kind.
  if (entry_access(found->access, kind, found->place_staff) != EntryAccess::kWrite) return Error::forbidden();
  // The newest version of the kind the purchaser uses now: the form keeps it ever after.
  std::optional<FormVersion> form;
  for (auto& v : forms_.current(c->organisation_id)) {
    if (v.kind == kind) form = std::move(v);
  }
  if (!form) return Error::invalid({{"kind", kind.empty() ? "required" : "invalid_choice"}});
  if (auto errors = validate_answers(form->definition, answers, false); !errors.empty()) {
    return Error::invalid(std::move(errors));
  }
  FormEntry e;
  e.case_id = case_id;
  e.client_id = c->client_id;
  e.form_version_id = form->id;
  e.kind = kind;
  e.answers = json::serialize(answers);
  auto id = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<long long> {
    const long long made = store_.insert(unit, e, caller.actor.user_id);
    unit.audit(e.client_id, "create", "form " + kind + " " + std::to_string(made));
    return made;
  });
  if (!id) return id.error();
  return find(caller, *id);
}

Result<EntryView> EntryService::save(const work::Caller& caller, long long id, const json::object* given,
                                     std::optional<long long> version) {
  auto found = writable(caller, id);
  if (!found) return found.error();
  if (found->entry.state != "draft") return Error::invalid({{"state", "form_completed"}});
  if (given == nullptr) return Error::invalid({{"answers", "invalid_format"}});
  if (!version) return Error::invalid({{"version", "required"}});
  const auto& answers = *given;
  auto form = version_of(found->entry);
  if (!form) return form.error();
  if (auto errors = validate_answers(form->definition, answers, false); !errors.empty()) {
    return Error::invalid(std::move(errors));
  }
  auto done = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<Unit> {
    if (!store_.save_answers(unit, id, *version, json::serialize(answers), caller.actor.user_id)) return stale();
    unit.audit(found->entry.client_id, "update", "form " + found->entry.kind + " " + std::to_string(id));
    return Unit{};
  });
  if (!done) return done.error();
  return find(caller, id);
}

Result<EntryView> EntryService::complete(const work::Caller& caller, long long id, std::optional<long long> version) {
  auto found = writable(caller, id);
  if (!found) return found.error();
  if (found->entry.state != "draft") return Error::invalid({{"state", "form_completed"}});
  if (!version) return Error::invalid({{"version", "required"}});
  auto form = version_of(found->entry);
  if (!form) return form.error();
  auto done = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<Unit> {
    // The answers as stored in this unit: what is completed is what was saved.
    auto now = store_.find(unit, id);
    if (!now || now->version != *version) return stale();
    boost::system::error_code ec;
    const auto answers = json::parse(now->answers, ec);
    if (ec || !answers.is_object()) return Error::invalid({{"answers", "invalid_format"}});
    if (auto errors = validate_answers(form->definition, answers.as_object(), true); !errors.empty()) {
      return Error::invalid(std::move(errors));
    }
    if (!store_.complete(unit, id, *version, caller.actor.user_id)) return stale();
    unit.audit(now->client_id, "update", "form " + now->kind + " " + std::to_string(id) + " completed");
    // A completed implementation plan is delivered to the client's own worker, in the unit that completes it.
    if (now->kind == "implementation_plan" && now->own_worker_id && *now->own_worker_id != caller.actor.user_id) {
      notifications::Notice n;
      n.user_id = *now->own_worker_id;
      n.kind = "implementation_plan_completed";
      n.client_id = now->client_id;
      n.link = "/cases/" + std::to_string(now->case_id) + "#form-entry-" + std::to_string(id);
      n.params = {{"clientName", now->client_name}};
      notifications_.notify(unit, n);
    }
    return Unit{};
  });
  if (!done) return done.error();
  return find(caller, id);
}

Result<EntryView> EntryService::correct(const work::Caller& caller, long long id, const std::string& reason) {
  auto found = writable(caller, id);
  if (!found) return found.error();
  std::vector<FieldError> errors;
  if (found->entry.state != "completed") errors.push_back({"state", "form_not_completed"});
  if (reason.empty()) {
    errors.push_back({"reason", "required"});
  } else if (reason.size() > kMaxReason) {
    errors.push_back({"reason", "too_long"});
  }
  if (!errors.empty()) return Error::invalid(std::move(errors));
  // The correction starts from what was completed, on the same version of the form.
  FormEntry e = found->entry;
  e.corrects_id = id;
  e.correction_reason = reason;
  auto made = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<long long> {
    const long long new_id = store_.insert(unit, e, caller.actor.user_id);
    goals_.copy_ratings(unit, id, new_id, e.client_id);
    unit.audit(e.client_id, "create",
               "form " + e.kind + " " + std::to_string(new_id) + " corrects " + std::to_string(id));
    return new_id;
  });
  if (!made) return made.error();
  return find(caller, *made);
}

Result<EntryView> EntryService::acknowledge(const work::Caller& caller, long long id,
                                            std::optional<long long> version) {
  auto found = find(caller, id);
  if (!found) return found.error();
  const auto& e = found->entry;
  if (!e.own_worker_id || *e.own_worker_id != caller.user.user_id) return Error::forbidden();
  std::vector<FieldError> errors;
  if (e.kind != "implementation_plan") errors.push_back({"kind", "not_allowed"});
  if (e.state != "completed") errors.push_back({"state", "form_not_completed"});
  if (!e.acknowledged_at.empty()) errors.push_back({"state", "already_acknowledged"});
  if (!version) errors.push_back({"version", "required"});
  if (!errors.empty()) return Error::invalid(std::move(errors));
  auto done = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<Unit> {
    if (!store_.acknowledge(unit, id, *version, caller.actor.user_id)) return stale();
    unit.audit(e.client_id, "update", "form " + e.kind + " " + std::to_string(id) + " acknowledged");
    return Unit{};
  });
  if (!done) return done.error();
  return find(caller, id);
}

std::vector<tasks::Task> EntryService::due_tasks(const auth::AuthContext& user, const std::string& today) {
  std::vector<tasks::Task> out;
  // The next plan update and evaluation, from the dates the last completed ones name.
  for (const auto& e : store_.due_bases(user.user_id)) {
    boost::system::error_code ec;
    const auto answers = json::parse(e.answers, ec);
    if (ec || !answers.is_object()) continue;
    const auto due = next_due(e.kind, answers.as_object(), helsinki_date_of(e.completed_at));
    if (!due || add_days(*due, -kDueWarnDays) > today) continue;
    auto t = tasks::task_about(due_task_kind(e.kind), e.client_id, e.client_name, add_days(*due, -kDueWarnDays), *due);
    t.case_id = e.case_id;
    t.form_entry_id = e.id;
    out.push_back(std::move(t));
  }
  // The placement feedback, from two weeks before a period ends until it is completed, for the place's staff.
  for (const auto& p : staffed_periods(user, today)) {
    const std::string since = add_days(p.end_date, -kFeedbackWarnDays);
    if (p.feedback_state == "completed" || since > today) continue;
    auto t = tasks::task_about("placement_feedback_due", p.client_id, p.client_name, since, p.end_date);
    t.case_id = p.case_id;
    t.period_id = p.period_id;
    t.place_name = p.place_name;
    t.form_entry_id = p.feedback_id;
    out.push_back(std::move(t));
  }
  if (!user.has_role("social_worker") && !user.has_role("social_instructor")) return out;
  for (const auto& e : store_.plans_to_acknowledge(user.user_id)) {
    auto t = tasks::task_about("implementation_plan_to_acknowledge", e.client_id, e.client_name,
                               helsinki_date_of(e.completed_at));
    t.case_id = e.case_id;
    t.form_entry_id = e.id;
    out.push_back(std::move(t));
  }
  return out;
}

std::vector<PlacePeriod> EntryService::staffed_periods(const auth::AuthContext& user, const std::string& today) {
  std::vector<long long> hosts;
  for (const auto& g : user.roles) {
    if (g.role == "manager" || g.role == "placement_supervisor") hosts.push_back(g.organisation_id);
  }
  std::vector<PlacePeriod> out;
  for (auto& p : store_.place_periods(hosts, add_days(today, -kFeedbackDays), today)) {
    if (periods::is_place_staff(user, p.host_id, p.supervisor_user_id)) out.push_back(std::move(p));
  }
  return out;
}

std::vector<PlacePeriod> EntryService::placement_feedback(const work::Caller& caller) {
  auto out = staffed_periods(caller.user, today_helsinki());
  for (const auto& p : out) caller.accessed(p.client_id, "list", "placement feedback");
  return out;
}

Result<documents::File> EntryService::pdf(const work::Caller& caller, long long id, const std::string& lang) {
  auto found = find(caller, id);
  if (!found) return found.error();
  auto form = version_of(found->entry);
  if (!form) return form.error();
  auto of = case_of(caller, found->entry.case_id);
  if (!of) return of.error();
  const auto* c = &of->c;
  const std::string file_name = found->entry.kind + "-" + std::to_string(id) + ".pdf";
  const bool completed = found->entry.state == "completed";
  if (completed) {
    if (auto kept = documents_.kept(found->entry.kind, id, lang)) {
      if (auto bytes = documents_.content(*kept)) return documents::File{file_name, "application/pdf", bytes->bytes};
    }
  }
  EntryDocument d;
  auto head = store_.letterhead(c->organisation_id);
  d.organisation = std::move(head.organisation);
  d.logo_png = std::move(head.logo_png);
  d.client_name = c->client_name;
  d.definition = &form->definition;
  d.entry = &found->entry;
  boost::system::error_code ec;
  if (auto answers = json::parse(found->entry.answers, ec); !ec && answers.is_object()) d.answers = answers.as_object();
  if (is_evaluation(found->entry.kind)) {
    for (const auto& g : goals_.of_case(c->id)) {
      RatedGoal line{g.goal, g.measure, "", 0};
      for (const auto& r : g.ratings) {
        if (r.entry_id == id) line = {g.goal, g.measure, r.note, r.rating};
      }
      d.goals.push_back(std::move(line));
    }
  }
  documents::File file{file_name, "application/pdf", form_entry_pdf(d, lang)};
  if (!completed) return file;
  // What the provider does not read of the case stays the purchaser's (forms_access).
  const auto audience = entry_access(cases::CaseAccess::kProvider, found->entry.kind) == EntryAccess::kNone
                            ? case_documents::Audience::kPurchaser
                            : case_documents::Audience::kCase;
  auto kept = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<case_documents::IssuedDocument> {
    return documents_.keep(unit, {c->id, c->client_id, found->entry.kind, id, lang, form->definition.title.in(lang),
                                  file_name, audience, file.body});
  });
  if (!kept) return kept.error();
  if (auto bytes = documents_.content(*kept)) file.body = std::move(bytes->bytes);  // the first kept, if two raced
  return file;
}

}  // namespace polku::forms
