// The decisions service: decisions (päätökset) and notices of a case. The case is
// loaded through the cases port (its access checks and logged refusals); the pure
// rules check the terms; each change and its record on the case are one unit of work.
#pragma once
#include <optional>

#include "case_documents/port.hpp"
#include "cases/port.hpp"
#include "decisions/decision_store.hpp"
#include "platform/documents/file.hpp"
#include "platform/work/unit_of_work.hpp"

namespace polku::decisions {

class DecisionService {
 public:
  DecisionService(DecisionStore& store, cases::Port& cases, work::Transactor& transactor,
                  case_documents::Port& documents)
      : store_(store), cases_(cases), transactor_(transactor), documents_(documents) {}

  // A case's decisions and notices, with the case (for the access log).
  Result<std::vector<Decision>> of_case(const cases::Caller& caller, long long case_id, cases::Case* owner);
  Result<std::vector<Notice>> notices_of_case(const cases::Caller& caller, long long case_id, cases::Case* owner);
  Result<Decision> create(const cases::Caller& caller, long long case_id, DecisionInput in);
  // The decision and, when `owner` is given, its case (for the access log).
  Result<Decision> load(const cases::Caller& caller, long long id, bool edit, cases::Case* owner = nullptr);
  Result<Decision> update(const cases::Caller& caller, long long id, DecisionInput in);
  Result<Decision> sign(const cases::Caller& caller, long long id, std::optional<long long> version);
  Result<Notice> add_notice(const cases::Caller& caller, long long case_id, Notice n);
  // A notice to the employment authority as a PDF to print or send (the purchaser's side; logged as a read).
  Result<documents::File> notice_pdf(const cases::Caller& caller, long long notice_id, const std::string& lang);
  // The decision as a PDF for who reads it (logged as a read). A signed one is kept on the case as first printed in
  // each language and given the same ever after; a draft is printed anew each time and not kept.
  Result<documents::File> pdf(const cases::Caller& caller, long long id, const std::string& lang);

 private:
  DecisionStore& store_;
  cases::Port& cases_;
  work::Transactor& transactor_;
  case_documents::Port& documents_;
};

}  // namespace polku::decisions
