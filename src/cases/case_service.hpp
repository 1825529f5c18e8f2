// The case service: loads cases with access checks, validates records with the
// pure rules, evaluates transition guards and keeps the stores in step. Routes
// only parse JSON and call this.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "cases/case.hpp"
#include "cases/case_access.hpp"
#include "cases/case_store.hpp"
#include "cases/port.hpp"
#include "cases/process_model_store.hpp"
#include "clients/port.hpp"
#include "decisions/port.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/auth/auth_context.hpp"
#include "service_types/port.hpp"

namespace polku::cases {

// An unmet guard another module adds for start -> implementation (the client agreement's),
// with who must act and where, so that the case can say it.
struct GuardItem {
  std::string code;
  std::string party;              // whose act is missing: client, purchaser, host
  std::string organisation_name;  // of that party
  std::string person_name;        // the named person who acts, '' when none is named
  std::optional<long long> client_agreement_id;
  std::string date;  // e.g. the agreed start date still to come
};
using AgreementGuard = std::function<std::vector<GuardItem>(const Case&)>;

// A case with what the UI needs to show next.
struct CaseView {
  Case c;
  std::string next_stage;                    // "" when closed
  std::vector<std::string> missing;          // unmet guards for next_stage
  std::vector<GuardItem> guard_details;      // who and where for the agreement guard's codes
  std::vector<std::string> missing_notices;  // notice kinds
  std::string responsible_role;
  CaseAccess access = CaseAccess::kEdit;  // what the reader may do; decides the fields shown
};

class CaseService final : public Port {
 public:
  CaseService(CaseStore& cases, ProcessModelStore& models, service_types::Port& types, clients::Port& clients,
              work::Transactor& transactor)
      : cases_(cases), models_(models), types_(types), clients_(clients), transactor_(transactor) {}

  // A case's decisions and notices are the decisions module's (which uses this
  // service's port in turn, hence set after both are made).
  void use_decisions(decisions::Port& decisions) { decisions_ = &decisions; }
  void set_agreement_guard(AgreementGuard guard) { agreement_guard_ = std::move(guard); }

  // 404 when missing or not visible; 403 when `edit` and the user may only read.
  // The purchaser's side only (decisions and notices use it too).
  Result<Case> load(const Caller& caller, long long id, bool edit) override;
  // For reading the case itself: also a participating provider's staff (404 for everyone else).
  Result<Case> load_for_reading(const Caller& caller, long long id, CaseAccess* access) override;
  std::optional<std::pair<Case, CaseAccess>> with_access(const Caller& caller, long long id) override;
  CaseView view(Case c, CaseAccess access = CaseAccess::kEdit);
  std::vector<CaseSummary> list(const auth::AuthContext& user, CaseFilter filter);
  // The responsible role of each case's stage, reading each region's model once.
  std::vector<std::string> responsible_roles(const std::vector<CaseSummary>& cases);

  Result<Case> create(const Caller& caller, long long client_id, const std::string& service_type,
                      std::optional<long long> region_id);
  Result<Case> save_referral(const Caller& caller, long long id, std::optional<long long> version, const Referral& r);
  Result<Case> save_assessment(const Caller& caller, long long id, std::optional<long long> version, Assessment a);
  Result<Case> save_plan(const Caller& caller, long long id, std::optional<long long> version, const Plan& p);
  Result<Case> save_end(const Caller& caller, long long id, std::optional<long long> version, End e);
  Result<Case> save_follow_up(const Caller& caller, long long id, std::optional<long long> version, const FollowUp& f);
  Result<Case> transition(const Caller& caller, long long id, std::optional<long long> version, const std::string& to);
  Result<Case> interrupt(const Caller& caller, long long id, std::optional<long long> version,
                         const std::string& reason);
  Result<Case> resume(const Caller& caller, long long id, std::optional<long long> version);

  Result<ProcessModel> process_model(const auth::AuthContext& user, long long region_id, bool edit);

  service_types::ServiceType type_of(const Case& c) override;
  bool instructors_may_decide(const Case& c) override;
  std::optional<Error> record_change(work::UnitOfWork& unit, long long case_id, const std::string& action,
                                     const std::string& detail) override;

 private:
  ProcessModel model_for(const Case& c);
  // The case with its decisions and notices; found(id) for one that was just saved.
  std::optional<Case> find(long long id);
  Case found(long long id);
  // One unit of work for a change of the case, its timeline row and audit entry.
  template <typename F>
  auto in_unit(const Caller& caller, F&& write) {
    return transactor_.run(caller.actor, std::forward<F>(write));
  }
  // Loads for editing, refuses closed cases and validates: the common part of record saves.
  Result<Case> editable(const Caller& caller, long long id, std::optional<long long> version,
                        std::vector<FieldError> errors);

  CaseStore& cases_;
  decisions::Port* decisions_ = nullptr;
  ProcessModelStore& models_;
  service_types::Port& types_;
  clients::Port& clients_;
  work::Transactor& transactor_;
  AgreementGuard agreement_guard_;
};

}  // namespace polku::cases
