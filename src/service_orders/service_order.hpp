// Service orders (palvelutilaus): the purchaser orders a provider's service
// product for a client's case within the product's limits; the provider
// accepts, naming its coach, or declines with a reason.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "cases/case_participants.hpp"
#include "agreements/agreement.hpp"
#include "platform/core/error.hpp"

namespace polku::service_orders {

struct ServiceOrderInput {
  long long client_id = 0;
  long long product_id = 0;
  std::optional<long long> place_id;
  std::optional<long long> case_id;
  std::string start_date;
  int period_months = 0;
  int days_per_week = 0;
  int hours_per_day = 0;
};

struct ServiceOrder {
  long long id = 0;
  ServiceOrderInput data;
  long long purchaser_organisation_id = 0;
  long long provider_organisation_id = 0;
  std::string status;  // sent | accepted | declined
  std::string response_note;
  std::optional<long long> coach_user_id;
  long long ordered_by = 0;
  std::string created_at;
  std::string responded_at;
  // Names for lists, read with the order.
  std::string client_name;
  std::string product_name;
  std::string provider_name;
  std::string place_name;
  std::string coach_name;
};

struct OrderAnswer {
  std::string status;  // accepted | declined
  std::string note;    // the reason of a decline
  std::optional<long long> coach_user_id;
};

// The order's period, days and hours must stay inside the product's (which
// already lie inside the service type's); a product without a place needs one named.
std::vector<FieldError> validate_service_order(const ServiceOrderInput& in, const agreements::ServiceProductInput& product);
// An order is for an open case of the same client and purchaser, in the product's service type.
std::vector<FieldError> validate_order_case(const ServiceOrderInput& in, const std::optional<cases::CaseRef>& c,
                                            long long purchaser_id, const std::string& product_service_type);
// Only a sent order is answered: accepted naming one of the provider's coaches,
// or declined with a reason.
std::optional<Error> check_answer(const std::string& current_status, const OrderAnswer& answer,
                                  const std::vector<long long>& provider_coaches);

}  // namespace polku::service_orders
