#include "compensation/absence_notice_service.hpp"

#include <set>

#include "compensation/absence_notice_document.hpp"
#include "compensation/compensation_access.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/dates.hpp"

namespace polku::compensation {

namespace json = boost::json;

namespace {

constexpr int kTaskDays = 35;  // a notice still unsent this long after its window is the manager's to see

// The benefit that takes the notice: Kela's or a fund's in force on the window's last day, else any in it.
const Benefit* notice_benefit(const std::vector<Benefit>& benefits, const std::string& from, const std::string& to) {
  const Benefit* any = nullptr;
  for (const auto& b : benefits) {
    if (b.payer != "kela" && b.payer != "unemployment_fund") continue;
    if (b.valid_from > to || (b.valid_to && *b.valid_to < from)) continue;
    if (b.valid_from <= to && (!b.valid_to || *b.valid_to >= to)) return &b;
    any = &b;
  }
  return any;
}

}  // namespace

json::object content_object(const NoticeContent& c) {
  json::array absences, not_arranged;
  for (const auto& a : c.absences) {
    absences.push_back({{"day", a.day},
                        {"category", a.category},
                        {"benefitKept", a.benefit_kept},
                        {"certificateNeeded", a.certificate_needed},
                        {"overLimit", a.over_limit}});
  }
  for (const auto& d : c.not_arranged) not_arranged.push_back({{"day", d.day}, {"why", d.why}});
  return {{"absences", std::move(absences)}, {"notArranged", std::move(not_arranged)}};
}

std::string content_json(const NoticeContent& c) { return json::serialize(content_object(c)); }

std::vector<AbsenceNotice> notices_of(const NoticePeriod& p,
                                      const std::map<std::pair<long long, std::string>, SentNotice>& sent,
                                      const std::string& from, const std::string& to, const std::string& today) {
  std::vector<AbsenceNotice> out;
  for (const auto& [wf, wt] : notice_windows(p.input.start_date, p.input.end_date)) {
    if (wt < from || wf > to) continue;
    const auto* benefit = notice_benefit(p.benefits, wf, wt);
    if (!benefit) continue;  // no Kela or fund benefit: nobody to tell
    AbsenceNotice n;
    n.period_id = p.id;
    n.case_id = p.case_id;
    n.client_id = p.client_id;
    n.client_name = p.client_name;
    n.personal_identity_code = p.personal_identity_code;
    n.place_name = p.place_name;
    n.period_start = p.input.start_date;
    n.period_end = p.input.end_date;
    n.window_from = wf;
    n.window_to = wt;
    n.recipient = benefit->payer;
    n.fund_name = benefit->fund_name;
    n.content.absences = notice_absences(p.marks, wf, wt);
    n.content.not_arranged = not_arranged_days(p.input, p.moves, p.breaks, p.closed_days, p.marks, wf, wt);
    n.due = notice_due(wt);
    const auto it = sent.find({p.id, wf});
    const bool was_sent = it != sent.end();
    if (was_sent) {
      n.sent_at = it->second.sent_at;
      n.sent_by_name = it->second.sent_by_name;
    }
    n.state = notice_state(wt, today, !n.content.empty(), was_sent,
                           was_sent && it->second.content_json == content_json(n.content));
    out.push_back(std::move(n));
  }
  return out;
}

Result<NoticeList> AbsenceNoticeService::list(const work::Caller& caller, long long org, const std::string& from,
                                              const std::string& to) {
  if (!may_read_batches(caller.user, org)) return Error::not_found();
  std::vector<FieldError> errors;
  if (!is_iso_date(from)) errors.push_back({"from", from.empty() ? "required" : "invalid_date"});
  if (!is_iso_date(to)) errors.push_back({"to", to.empty() ? "required" : "invalid_date"});
  if (errors.empty() && (to < from || days_between(from, to) > 366)) errors.push_back({"to", "out_of_range"});
  if (!errors.empty()) return Error::invalid(std::move(errors));
  const auto sent = store_.sent(org);
  const std::string today = today_helsinki();
  NoticeList out;
  out.may_send = may_record_for_client(caller.user, org);
  std::set<long long> shown;
  for (const auto& p : store_.periods(org, from, to)) {
    for (auto& n : notices_of(p, sent, from, to, today)) {
      if (shown.insert(n.client_id).second) caller.accessed(n.client_id, "list", "absence notices");
      out.items.push_back(std::move(n));
    }
  }
  return out;
}

Result<std::pair<NoticePeriod, AbsenceNotice>> AbsenceNoticeService::find(const work::Caller& caller,
                                                                          long long period_id,
                                                                          const std::string& window_from, bool record) {
  auto p = store_.period(period_id);
  if (!p) return Error::not_found();
  if (!may_read_batches(caller.user, p->organisation_id)) {
    caller.refused(p->client_id, "absence notice of period " + std::to_string(period_id));
    return Error::not_found();
  }
  if (record && !may_record_for_client(caller.user, p->organisation_id)) return Error::forbidden();
  for (auto& n : notices_of(*p, store_.sent_of(period_id), window_from, window_from, today_helsinki())) {
    if (n.window_from == window_from) return std::make_pair(std::move(*p), std::move(n));
  }
  return Error::not_found();  // not a window's first day, or no Kela or fund benefit in it
}

Result<documents::File> AbsenceNoticeService::pdf(const work::Caller& caller, long long period_id,
                                                  const std::string& window_from, const std::string& lang) {
  auto found = find(caller, period_id, window_from, false);
  if (!found) return found.error();
  const auto& [p, n] = *found;
  caller.accessed(p.client_id, "read", "absence notice " + window_from);
  const std::string kind = n.recipient == "kela" ? (lang == "sv" ? "TT3r" : "TT3") : "poissaoloilmoitus";
  const auto head = store_.letterhead(p.organisation_id);
  return documents::File{kind + "-" + n.window_from + ".pdf", "application/pdf",
                         absence_notice_pdf(n, {head.organisation, caller.user.display_name, head.logo_png}, lang)};
}

Result<AbsenceNotice> AbsenceNoticeService::send(const work::Caller& caller, long long period_id,
                                                 const std::string& window_from) {
  auto found = find(caller, period_id, window_from, true);
  if (!found) return found.error();
  auto& p = found->first;
  auto& n = found->second;
  if (n.state == "running") return Error::invalid({{"windowFrom", "window_not_ended"}});
  if (n.state == "nothing_to_report") return Error::invalid({{"windowFrom", "nothing_to_report"}});
  if (n.state == "sent") return Error::invalid({{"windowFrom", "already_sent"}});
  const std::string content = content_json(n.content);
  auto done = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<bool> {
    store_.insert_sent(unit, p, n, content, caller.actor.user_id);
    unit.audit(p.client_id, "create", "absence notice to " + n.recipient + " " + n.window_from + ".." + n.window_to);
    return true;
  });
  if (!done) return done.error();
  auto again = find(caller, period_id, window_from, false);
  if (!again) return again.error();
  return again->second;
}

std::vector<tasks::Task> AbsenceNoticeService::due_tasks(const auth::AuthContext& user, const std::string& today) {
  std::vector<tasks::Task> out;
  if (!user.has_role("social_worker") && !user.has_role("social_instructor")) return out;
  const std::string from = add_days(today, -kTaskDays);
  std::map<long long, std::map<std::pair<long long, std::string>, SentNotice>> sent_by_org;
  for (const auto& p : store_.periods_of_own_worker(user.user_id, from, today)) {
    if (!may_record_for_client(user, p.organisation_id)) continue;
    if (!sent_by_org.count(p.organisation_id)) sent_by_org[p.organisation_id] = store_.sent(p.organisation_id);
    for (const auto& n : notices_of(p, sent_by_org[p.organisation_id], from, today, today)) {
      if (n.state != "to_send" && n.state != "late" && n.state != "changed_after_sending") continue;
      if (n.window_to < from) continue;
      auto t = tasks::task_about("absence_notice_to_send", n.client_id, p.client_name, add_days(n.window_to, 1), n.due);
      t.case_id = n.case_id;
      t.period_id = n.period_id;
      t.organisation_id = p.organisation_id;
      out.push_back(std::move(t));
    }
  }
  return out;
}

}  // namespace polku::compensation
