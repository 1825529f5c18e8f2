#include "agreements/agreement_json.hpp"

#include <algorithm>

#include "platform/http/json_body.hpp"

namespace polku::agreements {
namespace json = boost::json;
using http::bool_field;
using http::int_field;
using http::string_field;
namespace {

std::vector<long long> ids_field(const json::object& o, std::string_view key) {
  std::vector<long long> out;
  auto it = o.find(key);
  if (it == o.end() || !it->value().is_array()) return out;
  for (const auto& v : it->value().as_array())
    if (v.is_int64()) out.push_back(v.as_int64());
  return out;
}

json::array to_array(const std::vector<long long>& v) {
  json::array out;
  for (auto i : v) out.emplace_back(i);
  return out;
}

}  // namespace

ServiceProductInput product_input(const json::object& o) {
  ServiceProductInput in;
  in.name = string_field(o, "name");
  in.service_type = string_field(o, "serviceType");
  in.includes_place = bool_field(o, "includesPlace");
  in.includes_support = bool_field(o, "includesSupport");
  in.includes_social_guidance = bool_field(o, "includesSocialGuidance");
  in.period_months_min = http::count_field(o, "periodMonthsMin");
  in.period_months_max = http::count_field(o, "periodMonthsMax");
  in.days_min = http::count_field(o, "daysMin");
  in.days_max = http::count_field(o, "daysMax");
  in.hours_min = http::count_field(o, "hoursMin");
  in.hours_max = http::count_field(o, "hoursMax");
  in.min_guidance_hours_per_3_months = http::count_field(o, "minGuidanceHoursPer3Months");
  in.price_cents = int_field(o, "priceCents").value_or(-1);
  in.price_unit = string_field(o, "priceUnit");
  return in;
}

AgreementInput agreement_input(const json::object& o) {
  AgreementInput in;
  in.kind = string_field(o, "kind");
  in.purchaser_organisation_id = int_field(o, "purchaserOrganisationId").value_or(0);
  in.partner_organisation_id = int_field(o, "partnerOrganisationId").value_or(0);
  in.title = string_field(o, "title");
  in.valid_from = string_field(o, "validFrom");
  in.valid_until = string_field(o, "validUntil");
  in.place_ids = ids_field(o, "placeIds");
  in.product_ids = ids_field(o, "productIds");
  return in;
}

json::object to_json(const ServiceProduct& p) {
  const auto& d = p.data;
  return {{"id", p.id},
          {"providerOrganisationId", p.provider_organisation_id},
          {"providerName", p.provider_name},
          {"name", d.name},
          {"serviceType", d.service_type},
          {"includesPlace", d.includes_place},
          {"includesSupport", d.includes_support},
          {"includesSocialGuidance", d.includes_social_guidance},
          {"periodMonthsMin", d.period_months_min},
          {"periodMonthsMax", d.period_months_max},
          {"daysMin", d.days_min},
          {"daysMax", d.days_max},
          {"hoursMin", d.hours_min},
          {"hoursMax", d.hours_max},
          {"minGuidanceHoursPer3Months", d.min_guidance_hours_per_3_months},
          {"priceCents", d.price_cents},
          {"priceUnit", d.price_unit},
          {"version", p.version}};
}

json::object to_json(const Partner& p) {
  return {{"id", p.id}, {"name", p.name}, {"isHost", p.is_host}, {"isProvider", p.is_provider}};
}

json::object to_json(const DocumentInfo& d) {
  return {{"id", d.id}, {"fileName", d.file_name}, {"contentType", d.content_type}, {"sizeBytes", d.size_bytes}};
}

json::object to_json(const Agreement& a) {
  const auto& d = a.data;
  json::array documents;
  for (const auto& doc : a.documents) documents.push_back(to_json(doc));
  return {{"id", a.id},
          {"kind", d.kind},
          {"purchaserOrganisationId", d.purchaser_organisation_id},
          {"purchaserName", a.purchaser_name},
          {"partnerOrganisationId", d.partner_organisation_id},
          {"partnerName", a.partner_name},
          {"title", d.title},
          {"validFrom", d.valid_from},
          {"validUntil", d.valid_until},
          {"placeIds", to_array(d.place_ids)},
          {"productIds", to_array(d.product_ids)},
          {"documents", documents},
          {"version", a.version}};
}

}  // namespace polku::agreements
