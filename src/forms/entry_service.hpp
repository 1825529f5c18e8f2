// Filling a case's forms: a draft begun on the newest version of the kind its purchaser uses, saved as it is
// filled (each answer of its field's type), completed when every required field is answered (each missing one
// named), then locked; a correction is a new draft naming the completed one and why. Access comes from the case
// (forms_access), every change in one unit of work with its audit entry.
#pragma once
#include <boost/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "case_documents/port.hpp"
#include "cases/port.hpp"
#include "forms/entry_store.hpp"
#include "forms/forms_access.hpp"
#include "forms/forms_service.hpp"
#include "forms/goal_store.hpp"
#include "notifications/port.hpp"
#include "periods/period_access.hpp"
#include "platform/documents/file.hpp"
#include "tasks/port.hpp"

namespace polku::forms {

// The placement feedback is asked of a place's staff from this many days before a period ends, and listed this many
// days after.
inline constexpr int kFeedbackWarnDays = 14;
inline constexpr int kFeedbackDays = 60;

struct EntryView {
  FormEntry entry;
  EntryAccess access = EntryAccess::kNone;
  bool may_acknowledge = false;  // the client's own worker, of a completed implementation plan not yet acknowledged
};

class EntryService {
 public:
  EntryService(EntryStore& store, GoalStore& goals, FormsService& forms, work::Transactor& transactor,
               cases::Port& cases, notifications::Port& notifications, case_documents::Port& documents)
      : store_(store),
        goals_(goals),
        forms_(forms),
        transactor_(transactor),
        cases_(cases),
        notifications_(notifications),
        documents_(documents) {}

  // The case's forms the user may read, newest first.
  Result<std::vector<EntryView>> of_case(const work::Caller& caller, long long case_id);
  Result<EntryView> find(const work::Caller& caller, long long id);
  Result<EntryView> create(const work::Caller& caller, long long case_id, const std::string& kind,
                           const boost::json::object& answers);
  // `answers` is null when the body had none as an object: refused after the access check.
  Result<EntryView> save(const work::Caller& caller, long long id, const boost::json::object* answers,
                         std::optional<long long> version);
  Result<EntryView> complete(const work::Caller& caller, long long id, std::optional<long long> version);
  Result<EntryView> correct(const work::Caller& caller, long long id, const std::string& reason);
  // The client's own worker acknowledges a completed implementation plan delivered to them.
  Result<EntryView> acknowledge(const work::Caller& caller, long long id, std::optional<long long> version);
  // For the task list: the own worker's plans to acknowledge, and the plan updates and evaluations due (from 14
  // days before) in the cases the user follows.
  std::vector<tasks::Task> due_tasks(const auth::AuthContext& user, const std::string& today);
  // The form as a PDF in `lang`, as filled (a draft says so), for those who read it. A completed one is kept as
  // first given in each language (the case's documents) and given the same ever after.
  Result<documents::File> pdf(const work::Caller& caller, long long id, const std::string& lang);
  // The periods at the places the user staffs, under way or ended in the last kFeedbackDays, with their placement
  // feedback; each client's read logged.
  std::vector<PlacePeriod> placement_feedback(const work::Caller& caller);

 private:
  // The case and the user's access to it: the case's own, and whether they staff a place of its periods (a refusal
  // of both is logged and answers not found).
  struct CaseOf {
    cases::Case c;
    cases::CaseAccess access = cases::CaseAccess::kNone;
    bool place_staff = false;
  };
  Result<CaseOf> case_of(const work::Caller& caller, long long case_id);
  bool staffs_a_place_of(const auth::AuthContext& user, long long case_id);
  std::vector<PlacePeriod> staffed_periods(const auth::AuthContext& user, const std::string& today);
  Result<EntryView> writable(const work::Caller& caller, long long id);
  Result<FormVersion> version_of(const FormEntry& e);

  EntryStore& store_;
  GoalStore& goals_;
  FormsService& forms_;
  work::Transactor& transactor_;
  cases::Port& cases_;
  notifications::Port& notifications_;
  case_documents::Port& documents_;
};

}  // namespace polku::forms
