#include "placements/service_order.hpp"

#include "placements/placement_rules.hpp"

namespace polku::placements {
namespace {

void within(std::vector<FieldError>& e, const char* field, int value, int min, int max) {
  if (value < min || value > max) e.push_back({field, "outside_product_limits"});
}

}  // namespace

std::vector<FieldError> validate_service_order(const ServiceOrderInput& in, const ServiceProductInput& product) {
  std::vector<FieldError> e;
  if (in.client_id <= 0) e.push_back({"clientId", "required"});
  if (in.start_date.empty()) {
    e.push_back({"startDate", "required"});
  } else if (!is_iso_date(in.start_date)) {
    e.push_back({"startDate", "invalid_date"});
  }
  within(e, "periodMonths", in.period_months, product.period_months_min, product.period_months_max);
  within(e, "daysPerWeek", in.days_per_week, product.days_min, product.days_max);
  within(e, "hoursPerDay", in.hours_per_day, product.hours_min, product.hours_max);
  if (!product.includes_place && !in.place_id) e.push_back({"placeId", "required"});
  return e;
}

std::optional<Error> check_answer(const std::string& current_status, const std::string& answer) {
  if (answer != "accepted" && answer != "declined") return Error::invalid({{"status", "invalid_choice"}});
  if (current_status != "sent") return Error::make(ErrorCode::kConflict, "already_answered");
  return std::nullopt;
}

}  // namespace polku::placements
