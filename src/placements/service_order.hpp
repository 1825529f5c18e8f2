// Service orders (palvelutilaus): the purchaser orders a provider's service
// product for a client within the product's limits; the provider answers.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "placements/placement.hpp"
#include "platform/core/error.hpp"

namespace polku::placements {

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
  long long ordered_by = 0;
  std::string created_at;
  std::string responded_at;
};

// The order's period, days and hours must stay inside the product's (which
// already lie inside the service type's); a product without a place needs one named.
std::vector<FieldError> validate_service_order(const ServiceOrderInput& in, const ServiceProductInput& product);
// Only a sent order is answered, with accepted or declined.
std::optional<Error> check_answer(const std::string& current_status, const std::string& answer);

}  // namespace polku::placements
