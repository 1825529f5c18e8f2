#include "bookings/module.hpp"

#include "bookings/booking_rules.hpp"
#include "platform/core/clock.hpp"

namespace polku::bookings {

cases::AgreementGuard implementation_guard(BookingStore& bookings) {
  return [&bookings](const cases::Case& c) {
    std::vector<cases::GuardItem> out;
    std::optional<AgreementParties> names;  // the gaps of acknowledgements are all of one agreement
    for (auto& gap : agreement_gaps(bookings.client_agreements_of_client(c.client_id), today_helsinki())) {
      cases::GuardItem item{gap.code, gap.party, "", "", std::nullopt, gap.date};
      if (gap.client_agreement_id != 0) {
        item.client_agreement_id = gap.client_agreement_id;
        if (!names) names = bookings.parties_of(gap.client_agreement_id);
        if (gap.party == "host") {
          item.organisation_name = names->host_name;
          item.person_name = names->supervisor_name;
        } else {
          item.organisation_name = names->purchaser_name;  // the client's worker acknowledges for the client too
          item.person_name = names->own_worker_name;
        }
      }
      out.push_back(std::move(item));
    }
    return out;
  };
}

}  // namespace polku::bookings
