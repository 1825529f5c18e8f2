// Storage of a case's filled forms: reads, and writes inside the caller's unit of work (each write checks the
// version it was made on). The service checks access and the rules.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "forms/form.hpp"
#include "platform/db/database.hpp"
#include "platform/documents/letterhead.hpp"
#include "platform/work/unit_of_work.hpp"
#include "retention/port.hpp"

namespace polku::forms {

// A client's period at a place, as its staff see it for the placement feedback, with the feedback begun for it (the
// newest placement feedback of the case begun since the period started, not corrected since).
struct PlacePeriod {
  long long period_id = 0;
  long long case_id = 0;
  long long client_id = 0;
  std::string client_name;
  std::string place_name;
  std::string start_date;
  std::string end_date;
  long long host_id = 0;
  std::optional<long long> supervisor_user_id;
  std::optional<long long> feedback_id;
  std::string feedback_state;  // draft, completed; '' without one
  long long feedback_version = 0;
};

class EntryStore {
 public:
  // Removes every row of this store's tables that is the client's (the retention job's eraser).
  static void erase_client(work::UnitOfWork& unit, long long client_id);
  explicit EntryStore(db::Database& db) : db_(db) {}

  std::optional<FormEntry> find(long long id);
  std::optional<FormEntry> find(work::UnitOfWork& unit, long long id);
  std::vector<FormEntry> of_case(long long case_id);  // newest first
  long long insert(work::UnitOfWork& unit, const FormEntry& e, long long user_id);
  // False when `version` is stale.
  bool save_answers(work::UnitOfWork& unit, long long id, long long version, const std::string& answers,
                    long long user_id);
  bool complete(work::UnitOfWork& unit, long long id, long long version, long long user_id);
  // The organisation's name and logo for a printed document (the platform's letterhead).
  documents::Letterhead letterhead(long long organisation_id);
  // An implementation plan acknowledged by the client's own worker; false when stale or acknowledged already.
  bool acknowledge(work::UnitOfWork& unit, long long id, long long version, long long user_id);
  // The completed implementation plans, not corrected since, that wait for this own worker's acknowledgement.
  std::vector<FormEntry> plans_to_acknowledge(long long own_worker_id);
  // The newest completed implementation plan and intermediate evaluation of each open case the user follows (its
  // client's own worker or a coach of the case), when nothing of the same kind (or, after an intermediate
  // evaluation, a final one) has been begun since: what the next one is due from.
  std::vector<FormEntry> due_bases(long long user_id);
  // The periods of a case with their places' staff; and the periods at the hosts' places under way on `today` or
  // ended on `ended_since` or later, by their end.
  std::vector<PlacePeriod> place_periods_of_case(long long case_id);
  std::vector<PlacePeriod> place_periods(const std::vector<long long>& host_ids, const std::string& ended_since,
                                         const std::string& today);

 private:
  db::Database& db_;
};

}  // namespace polku::forms
