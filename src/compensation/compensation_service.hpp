// The compensation service: a purchaser's monthly batch (computed while open, as approved once a manager
// approves it, which freezes the month's attendance), its export, the clients' benefit payers, fares, claims
// and corrections, and the rates. Every change is one unit of work with its audit entries; every client shown
// goes to the access log.
#pragma once
#include <string>
#include <vector>

#include "compensation/compensation_store.hpp"
#include "compensation/port.hpp"
#include "platform/documents/file.hpp"
#include "platform/work/caller.hpp"
#include "service_types/port.hpp"

namespace polku::compensation {

struct ClientCompensation {
  std::vector<Benefit> benefits;
  std::vector<TravelFare> fares;
  std::vector<TravelClaim> claims;
  std::vector<Adjustment> adjustments;
  bool may_record = false;
};

class CompensationService final : public FrozenMonths {
 public:
  CompensationService(CompensationStore& store, work::Transactor& transactor, service_types::Port& types)
      : store_(store), transactor_(transactor), types_(types) {}

  Result<Batch> batch(const work::Caller& caller, long long organisation_id, const std::string& month);
  Result<std::vector<ApprovedBatch>> batches(const work::Caller& caller, long long organisation_id);
  Result<Batch> approve(const work::Caller& caller, long long organisation_id, const std::string& month);
  // An approved batch as "csv" or "xlsx", its texts in `lang`.
  Result<documents::File> download(const work::Caller& caller, long long organisation_id, const std::string& month,
                                   const std::string& format, const std::string& lang);

  Result<ClientCompensation> of_client(const work::Caller& caller, long long client_id);
  Result<Benefit> add_benefit(const work::Caller& caller, long long client_id, Benefit b);
  Result<Benefit> end_benefit(const work::Caller& caller, long long client_id, long long benefit_id,
                              const std::string& valid_to);
  Result<TravelFare> add_fare(const work::Caller& caller, long long client_id, TravelFare f);
  Result<TravelClaim> add_claim(const work::Caller& caller, long long client_id, TravelClaim c);
  Result<Adjustment> add_adjustment(const work::Caller& caller, long long client_id, Adjustment a);

  // The law's rates, and the organisation's own when one is named.
  Result<std::vector<Rate>> rates(const work::Caller& caller, std::optional<long long> organisation_id);
  Result<Rate> add_rate(const work::Caller& caller, Rate r);

  bool approved(work::UnitOfWork& unit, long long organisation_id, std::string_view day) override;

 private:
  // The client's purchaser if the user may read (or, with `record`, record) its compensation; a refusal of an
  // existing client is logged and answers not found (or forbidden for a reader who may not record).
  Result<long long> client_access(const work::Caller& caller, long long client_id, bool record);

  CompensationStore& store_;
  work::Transactor& transactor_;
  service_types::Port& types_;
};

}  // namespace polku::compensation
