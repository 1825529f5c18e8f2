#include "service_orders/service_order.hpp"

#include <algorithm>

#include "platform/core/dates.hpp"


namespace polku::service_orders {
namespace {

void within(std::vector<FieldError>& e, const char* field, int value, int min, int max) {
  if (value < min || value > max) e.push_back({field, "outside_product_limits"});
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

}  // namespace

std::vector<FieldError> validate_service_order(const ServiceOrderInput& in, const agreements::ServiceProductInput& product) {
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

std::vector<FieldError> validate_order_case(const ServiceOrderInput& in, const std::optional<cases::CaseRef>& c,
                                            long long purchaser_id, const std::string& product_service_type) {
  if (!in.case_id) return {{"caseId", "required"}};
  // Another purchaser's case is reported as missing: its existence is not the caller's business.
  if (!c || c->organisation_id != purchaser_id) return {{"caseId", "reference_missing"}};
  std::vector<FieldError> e;
  if (c->client_id != in.client_id) e.push_back({"caseId", "case_of_another_client"});
  if (c->stage == "closed") e.push_back({"caseId", "case_closed"});
  if (!product_service_type.empty() && c->service_type != product_service_type) {
    e.push_back({"productId", "service_type_mismatch"});
  }
  return e;
}

std::optional<Error> check_answer(const std::string& current_status, const OrderAnswer& answer,
                                  const std::vector<long long>& provider_coaches) {
  if (answer.status != "accepted" && answer.status != "declined") {
    return Error::invalid({{"status", answer.status.empty() ? "required" : "invalid_choice"}});
  }
  if (answer.note.size() > 4000) return Error::invalid({{"responseNote", "too_long"}});  // a reply either way
  if (current_status != "sent") return Error::make(ErrorCode::kConflict, "already_answered");
  if (answer.status == "declined") {
    if (blank(answer.note)) return Error::invalid({{"responseNote", "required"}});
    return std::nullopt;
  }
  if (!answer.coach_user_id) return Error::invalid({{"coachUserId", "required"}});
  if (std::find(provider_coaches.begin(), provider_coaches.end(), *answer.coach_user_id) == provider_coaches.end()) {
    return Error::invalid({{"coachUserId", "not_a_provider_coach"}});
  }
  return std::nullopt;
}

}  // namespace polku::service_orders
