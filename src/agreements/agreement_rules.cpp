#include "agreements/agreement_rules.hpp"

#include "platform/core/field_checks.hpp"

namespace polku::agreements {
using checks::require_date;
using checks::require_text;
namespace {

void check_range(std::vector<FieldError>& e, const char* min_field, int min, const char* max_field, int max,
                 int limit_min, int limit_max) {
  if (min < limit_min || min > limit_max) e.push_back({min_field, "outside_service_type_limits"});
  if (max < limit_min || max > limit_max) e.push_back({max_field, "outside_service_type_limits"});
  if (min > max) e.push_back({max_field, "min_above_max"});
}

}  // namespace

std::vector<FieldError> validate_product(const ServiceProductInput& in, const registry::ServiceCatalogue& catalogue) {
  std::vector<FieldError> e;
  require_text(e, "name", in.name);
  if (in.price_cents < 0) e.push_back({"priceCents", "out_of_range"});
  if (in.price_unit != "day" && in.price_unit != "month") e.push_back({"priceUnit", "invalid_choice"});
  if (in.min_guidance_hours_per_3_months < 0) e.push_back({"minGuidanceHoursPer3Months", "out_of_range"});
  if (!catalogue.contains(in.service_type)) {
    e.push_back({"serviceType", in.service_type.empty() ? "required" : "invalid_choice"});
    return e;
  }
  auto limits = catalogue.limits(in.service_type);
  if (!limits) {
    e.push_back({"serviceType", "no_limits_in_force"});
    return e;
  }
  check_range(e, "periodMonthsMin", in.period_months_min, "periodMonthsMax", in.period_months_max,
              limits->period_months_min, limits->period_months_max);
  check_range(e, "daysMin", in.days_min, "daysMax", in.days_max, limits->days_per_week_min, limits->days_per_week_max);
  check_range(e, "hoursMin", in.hours_min, "hoursMax", in.hours_max, limits->hours_per_day_min,
              limits->hours_per_day_max);
  return e;
}

std::vector<FieldError> validate_agreement(const AgreementInput& in) {
  std::vector<FieldError> e;
  if (in.kind != "partnership" && in.kind != "purchase") e.push_back({"kind", "invalid_choice"});
  if (in.purchaser_organisation_id <= 0) e.push_back({"purchaserOrganisationId", "required"});
  if (in.partner_organisation_id <= 0) {
    e.push_back({"partnerOrganisationId", "required"});
  } else if (in.partner_organisation_id == in.purchaser_organisation_id) {
    e.push_back({"partnerOrganisationId", "partner_is_purchaser"});  // own production needs no contract
  }
  require_text(e, "title", in.title);
  require_date(e, "validFrom", in.valid_from);
  require_date(e, "validUntil", in.valid_until);
  if (is_iso_date(in.valid_from) && is_iso_date(in.valid_until) && in.valid_until < in.valid_from) {
    e.push_back({"validUntil", "end_before_start"});
  }
  return e;
}

std::vector<FieldError> validate_document(const std::string& file_name, const std::string& content_type,
                                          std::size_t size) {
  std::vector<FieldError> e;
  if (file_name.empty()) e.push_back({"fileName", "required"});
  else if (file_name.size() > 200) e.push_back({"fileName", "too_long"});
  if (content_type.empty()) e.push_back({"contentType", "required"});
  if (size == 0) e.push_back({"content", "required"});
  return e;
}

std::string partner_error(std::string_view kind, const Partner& partner) {
  if (kind == "partnership" && !partner.is_host) return "partner_not_host";
  if (kind == "purchase" && !partner.is_provider) return "partner_not_provider";
  return "";
}

bool agreement_valid_on(const AgreementInput& a, const std::string& date) {
  return a.valid_from <= date && date <= a.valid_until;
}

}  // namespace polku::agreements
