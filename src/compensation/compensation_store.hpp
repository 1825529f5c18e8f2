// Compensation's tables: rates, benefit payers, fares, claims, corrections and approved batches; what a batch
// counts it reads from the other modules' views (attendance_view, periods_view, cases_view, clients_view).
// Reads a write depends on take the unit; the rest read on their own.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "compensation/compensation_rules.hpp"
#include "platform/db/database.hpp"
#include "platform/work/unit_of_work.hpp"
#include "retention/port.hpp"

namespace polku::compensation {

struct ApprovedBatch {
  long long id = 0;
  std::string month;
  long long total_cents = 0;
  std::string approved_by_name, approved_at;
};

// A client's period on a day: its case's purchaser and service type.
struct PeriodOnDay {
  long long organisation_id = 0;
  std::string service_type;
};

class CompensationStore {
 public:
  // Removes every row of this store's tables that is the client's (the retention job's eraser).
  static void erase_client(work::UnitOfWork& unit, long long client_id);
  explicit CompensationStore(db::Database& db) : db_(db) {}

  // The law's rates and the organisation's own (all of them, each with its dates).
  std::vector<Rate> rates(std::optional<long long> organisation_id);
  std::vector<Rate> rates(work::UnitOfWork& unit, std::optional<long long> organisation_id);
  std::optional<long long> client_organisation(long long client_id);

  std::vector<Benefit> benefits(long long client_id);
  std::vector<Benefit> benefits(work::UnitOfWork& unit, long long client_id);
  std::vector<TravelFare> fares(long long client_id);
  std::vector<TravelFare> fares(work::UnitOfWork& unit, long long client_id);
  std::vector<TravelClaim> claims(long long client_id);
  std::vector<Adjustment> adjustments(long long client_id);

  // What a month's batch counts, read in one session (the unit of an approval, or a read's).
  BatchInput batch_input(long long organisation_id, const std::string& month);
  BatchInput batch_input(work::UnitOfWork& unit, long long organisation_id, const std::string& month);
  // The names and identity codes of the lines' clients.
  void name_lines(std::vector<Line>& lines);

  std::vector<ApprovedBatch> approved_batches(long long organisation_id);
  std::optional<ApprovedBatch> approved_batch(long long organisation_id, const std::string& month);
  std::vector<Line> batch_lines(long long batch_id);
  bool month_approved(work::UnitOfWork& unit, long long organisation_id, const std::string& month);

  // On PostgreSQL an approval holds the organisation's months exclusively and an attendance change shares them,
  // so that no mark slips into a month while it is approved (SQLite's write lock already serialises them).
  void lock_months(work::UnitOfWork& unit, long long organisation_id, bool exclusive);

  // The adjustment's inputs: the client's period on the day, whether the day counts as attended, and whether
  // it was corrected already.
  std::optional<PeriodOnDay> period_on(work::UnitOfWork& unit, long long client_id, const std::string& day);
  bool counted(work::UnitOfWork& unit, long long client_id, long long organisation_id, const std::string& day);
  bool adjusted(work::UnitOfWork& unit, long long client_id, const std::string& day);

  long long insert_rate(work::UnitOfWork& unit, const Rate& r, long long user_id);
  long long insert_benefit(work::UnitOfWork& unit, const Benefit& b, long long user_id);
  void end_benefit(work::UnitOfWork& unit, const Benefit& b, const std::string& valid_to);
  long long insert_fare(work::UnitOfWork& unit, const TravelFare& f, long long user_id);
  long long insert_claim(work::UnitOfWork& unit, const TravelClaim& c, long long organisation_id, long long user_id);
  long long insert_adjustment(work::UnitOfWork& unit, const Adjustment& a, long long organisation_id,
                              long long user_id);
  // The batch, its lines, and its claims and corrections marked as paid in it.
  long long insert_batch(work::UnitOfWork& unit, long long organisation_id, const std::string& month,
                         const BatchInput& in, const std::vector<Line>& lines, long long total_cents,
                         long long user_id);

 private:
  db::Database& db_;
};

}  // namespace polku::compensation
