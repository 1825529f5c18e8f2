#include "decisions/decision_service.hpp"

#include "cases/case_rules.hpp"
#include "decisions/decision_document.hpp"
#include "decisions/decision_rules.hpp"
#include "decisions/notice_document.hpp"
#include "platform/i18n/messages.hpp"

namespace polku::decisions {

Result<std::vector<Decision>> DecisionService::of_case(const cases::Caller& caller, long long case_id,
                                                       cases::Case* owner) {
  auto c = cases_.load(caller, case_id, false);
  if (!c) return c.error();
  *owner = std::move(*c);
  return store_.for_case(case_id);
}

Result<std::vector<Notice>> DecisionService::notices_of_case(const cases::Caller& caller, long long case_id,
                                                             cases::Case* owner) {
  auto c = cases_.load(caller, case_id, false);
  if (!c) return c.error();
  *owner = std::move(*c);
  return store_.notices(case_id);
}

Result<Decision> DecisionService::create(const cases::Caller& caller, long long case_id, DecisionInput in) {
  auto c = cases_.load(caller, case_id, true);
  if (!c) return c.error();
  if (!may_decide(caller.user, c->organisation_id, cases_.instructors_may_decide(*c))) return Error::forbidden();
  if (c->stage == "closed") return cases::case_closed_error();
  const auto type = cases_.type_of(*c);
  if (in.legal_basis.empty()) in.legal_basis = type.legal_basis.in(c->client_language);
  auto errors = validate_decision(in, type);
  if (!errors.empty()) return Error::invalid(std::move(errors));
  Decision d;
  d.case_id = c->id;
  d.service_type = c->service_type;
  d.data = in;
  d.decision_maker_id = caller.user.user_id;
  d.language = c->client_language;
  d.appeal_instructions = appeal_instructions(c->service_type, c->client_language, in.decision_date,
                                              store_.letterhead(c->organisation_id).organisation);
  auto id = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<long long> {
    auto made = store_.insert(unit, d);
    if (!made) return made;
    if (auto e = cases_.record_change(unit, d.case_id, "decision_created", std::to_string(*made))) return *e;
    return made;
  });
  if (!id) return id.error();
  return *store_.find(*id);
}

Result<Decision> DecisionService::load(const cases::Caller& caller, long long id, bool edit, cases::Case* owner) {
  auto d = store_.find(id);
  if (!d) return Error::not_found();
  auto c = cases_.load(caller, d->case_id, edit);
  if (!c) return c.error();
  if (edit && !may_decide(caller.user, c->organisation_id, cases_.instructors_may_decide(*c))) {
    return Error::forbidden();
  }
  if (owner != nullptr) *owner = std::move(*c);
  return std::move(*d);
}

Result<Decision> DecisionService::update(const cases::Caller& caller, long long id, DecisionInput in) {
  cases::Case c;
  auto d = load(caller, id, true, &c);
  if (!d) return d;
  if (d->status != "draft") return decision_signed_error();
  const auto type = cases_.type_of(c);
  if (in.legal_basis.empty()) in.legal_basis = type.legal_basis.in(c.client_language);
  auto errors = validate_decision(in, type);
  if (!in.version) errors.push_back({"version", "required"});
  if (!errors.empty()) return Error::invalid(std::move(errors));
  auto saved = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<bool> {
    if (auto e = store_.update(unit, id, in, caller.user.user_id)) return *e;
    if (auto e = cases_.record_change(unit, c.id, "decision_updated", std::to_string(id))) return *e;
    return true;
  });
  if (!saved) return saved.error();
  return *store_.find(id);
}

Result<Decision> DecisionService::sign(const cases::Caller& caller, long long id, std::optional<long long> version) {
  auto d = load(caller, id, true);
  if (!d) return d;
  if (d->status != "draft") return decision_signed_error();
  if (!version) return Error::invalid({{"version", "required"}});
  auto saved = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<long long> {
    auto case_id = store_.sign(unit, id, *version, caller.user.user_id);
    if (!case_id) return case_id;
    if (auto e = cases_.record_change(unit, *case_id, "decision_signed", std::to_string(id))) return *e;
    return case_id;
  });
  if (!saved) return saved.error();
  return *store_.find(id);
}

Result<Notice> DecisionService::add_notice(const cases::Caller& caller, long long case_id, Notice n) {
  auto c = cases_.load(caller, case_id, true);
  if (!c) return c.error();
  auto errors = cases::validate_notice(n);
  if (!errors.empty()) return Error::invalid(std::move(errors));
  n.case_id = case_id;
  auto id = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<long long> {
    auto made = store_.insert_notice(unit, n);
    if (!made) return made;
    if (auto e = cases_.record_change(unit, case_id, "notice", n.kind)) return *e;
    return made;
  });
  if (!id) return id.error();
  for (auto& x : store_.notices(case_id))
    if (x.id == *id) return x;
  return Error::not_found();
}

Result<documents::File> DecisionService::notice_pdf(const cases::Caller& caller, long long notice_id,
                                                    const std::string& lang) {
  const auto n = store_.notice(notice_id);
  if (!n) return Error::not_found();
  auto c = cases_.load(caller, n->case_id, false);
  if (!c) return c.error();
  caller.accessed(c->client_id, "read", "notice " + std::to_string(notice_id));
  auto head = store_.letterhead(c->organisation_id);
  const NoticeParties parties{head.organisation, c->client_name, store_.identity_code(c->client_id), head.logo_png};
  return documents::File{"ilmoitus-" + n->kind + "-" + n->sent_on + ".pdf", "application/pdf",
                         decisions::notice_pdf(*n, parties, lang)};
}

Result<documents::File> DecisionService::pdf(const cases::Caller& caller, long long id, const std::string& lang) {
  cases::Case c;
  auto d = load(caller, id, false, &c);
  if (!d) return d.error();
  caller.accessed(c.client_id, "read", "decision " + std::to_string(id));
  const std::string file_name = "decision-" + std::to_string(id) + ".pdf";
  // A replaced decision was signed too: what was given stays as given.
  const bool is_signed = d->status != "draft";
  if (is_signed) {
    if (auto kept = documents_.kept("decision", id, lang)) {
      if (auto bytes = documents_.content(*kept)) return documents::File{file_name, "application/pdf", bytes->bytes};
    }
  }
  const auto type = cases_.type_of(c);
  auto head = store_.letterhead(c.organisation_id);
  const DecisionParties parties{head.organisation, c.client_name, type.name.in(lang), head.logo_png};
  documents::File file{file_name, "application/pdf", decision_pdf(*d, parties, lang)};
  if (!is_signed) return file;
  const std::string title = i18n::message("decision_document.title", lang) + ": " + parties.service_type_name;
  auto kept = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<case_documents::IssuedDocument> {
    return documents_.keep(unit, {c.id, c.client_id, "decision", id, lang, title, file_name,
                                  case_documents::Audience::kPurchaser, file.body});
  });
  if (!kept) return kept.error();
  if (auto bytes = documents_.content(*kept)) file.body = std::move(bytes->bytes);  // the first kept, if two raced
  return file;
}

}  // namespace polku::decisions
