#include "compensation/routes.hpp"

#include "platform/http/json_body.hpp"
#include "platform/http/problem.hpp"

namespace polku::compensation {
namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

json::value opt(const std::optional<std::string>& v) {
  if (!v) return nullptr;
  return json::value(*v);
}

json::object to_json(const Line& l) {
  return {{"clientId", l.client_id},
          {"clientName", l.client_name},
          {"kind", l.kind},
          {"payer", l.payer},
          {"fundName", l.fund_name},
          {"unitCents", l.unit_cents},
          {"days", l.days},
          {"amountCents", l.amount_cents},
          {"firstDay", l.first_day},
          {"lastDay", l.last_day},
          {"adjustmentId", http::nullable(l.adjustment_id)},
          {"claimId", http::nullable(l.claim_id)},
          {"reason", l.reason},
          {"recordedBy", l.recorded_by}};
}

json::object to_json(const Total& t) {
  return {{"payer", t.payer},
          {"fundName", t.fund_name},
          {"kind", t.kind},
          {"days", t.days},
          {"amountCents", t.amount_cents}};
}

json::object to_json(const Batch& b) {
  json::array lines, totals;
  for (const auto& l : b.lines) lines.push_back(to_json(l));
  for (const auto& t : b.totals) totals.push_back(to_json(t));
  return {{"id", http::nullable(b.id)},  {"organisationId", b.organisation_id}, {"month", b.month},
          {"approved", b.approved},      {"mayApprove", b.may_approve},         {"approvedBy", b.approved_by_name},
          {"approvedAt", b.approved_at}, {"totalCents", b.total_cents},         {"totals", std::move(totals)},
          {"lines", std::move(lines)}};
}

json::object to_json(const ApprovedBatch& b) {
  return {{"id", b.id},
          {"month", b.month},
          {"totalCents", b.total_cents},
          {"approvedBy", b.approved_by_name},
          {"approvedAt", b.approved_at}};
}

json::object to_json(const Rate& r) {
  return {{"id", r.id},
          {"organisationId", http::nullable(r.organisation_id)},
          {"serviceType", r.service_type},
          {"kind", r.kind},
          {"benefit", r.benefit},
          {"payer", r.payer},
          {"amountCents", r.amount_cents},
          {"maxDaysPerWeek", r.max_days_per_week ? json::value(*r.max_days_per_week) : json::value(nullptr)},
          {"validFrom", r.valid_from},
          {"validTo", opt(r.valid_to)}};
}

json::object to_json(const Benefit& b) {
  return {{"id", b.id},
          {"payer", b.payer},
          {"fundName", b.fund_name},
          {"validFrom", b.valid_from},
          {"validTo", opt(b.valid_to)},
          {"createdBy", b.created_by_name},
          {"createdAt", b.created_at}};
}

json::object to_json(const TravelFare& f) {
  return {{"id", f.id},
          {"centsPerDay", f.cents_per_day},
          {"means", f.means},
          {"validFrom", f.valid_from},
          {"validTo", opt(f.valid_to)},
          {"createdBy", f.created_by_name},
          {"createdAt", f.created_at}};
}

json::object to_json(const TravelClaim& c) {
  return {{"id", c.id},
          {"day", c.day},
          {"cents", c.cents},
          {"description", c.description},
          {"batchId", http::nullable(c.batch_id)},
          {"createdBy", c.created_by_name},
          {"createdAt", c.created_at}};
}

json::object to_json(const Adjustment& a) {
  return {{"id", a.id},
          {"day", a.day},
          {"attended", a.attended},
          {"reason", a.reason},
          {"batchId", http::nullable(a.batch_id)},
          {"createdBy", a.created_by_name},
          {"createdAt", a.created_at}};
}

template <typename T>
json::array array_of(const std::vector<T>& items) {
  json::array out;
  for (const auto& x : items) out.push_back(to_json(x));
  return out;
}

json::object to_json(const ClientCompensation& c) {
  return {{"benefits", array_of(c.benefits)},
          {"fares", array_of(c.fares)},
          {"claims", array_of(c.claims)},
          {"adjustments", array_of(c.adjustments)},
          {"mayRecord", c.may_record}};
}

const auto as_json = [](const auto& x) { return to_json(x); };

std::optional<std::string> opt_date(const json::object& o, std::string_view key) {
  auto v = http::string_field(o, key);
  if (v.empty()) return std::nullopt;
  return v;
}

long long cents_field(const json::object& o, std::string_view key) { return http::int_field(o, key).value_or(0); }

Rate rate_input(const json::object& o) {
  Rate r;
  r.service_type = http::string_field(o, "serviceType");
  r.kind = http::string_field(o, "kind");
  r.benefit = http::string_field(o, "benefit");
  r.payer = http::string_field(o, "payer");
  r.amount_cents = cents_field(o, "amountCents");
  if (auto m = http::int_field(o, "maxDaysPerWeek")) r.max_days_per_week = static_cast<int>(*m);
  r.valid_from = http::string_field(o, "validFrom");
  r.valid_to = opt_date(o, "validTo");
  return r;
}

// Runs `service(caller, id, body)` for a POST whose path names the client and whose body is a JSON object.
template <typename Call>
Response client_post(Request& req, Call&& call) {
  auto id = req.id_param();
  if (!id) return http::not_found(req);
  auto body = http::json_object_body(req);
  if (!body) return http::problem_response(req, body.error());
  return http::result_response(req, call(*id, *body), as_json, 201);
}

}  // namespace

void register_routes(http::Router& router, CompensationService& service) {
  router.get("/api/v1/organisations/{id}/compensation/batches", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    return http::result_response(req, service.batches(req.caller(), *id), [](const auto& list) {
      return json::object{{"items", array_of(list)}};
    });
  });
  router.get("/api/v1/organisations/{id}/compensation/batches/{month}", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    return http::result_response(req, service.batch(req.caller(), *id, req.param("month")), as_json);
  });
  router.post("/api/v1/organisations/{id}/compensation/batches/{month}/approval", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    return http::result_response(req, service.approve(req.caller(), *id, req.param("month")), as_json, 201);
  });
  router.get("/api/v1/organisations/{id}/compensation/batches/{month}/export", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto file =
        service.download(req.caller(), *id, req.param("month"), req.query_value("format"), http::file_language(req));
    if (!file) return http::problem_response(req, file.error());
    return http::download_response(req, file->content_type, file->file_name, std::move(file->body));
  });
  router.get("/api/v1/organisations/{id}/compensation/rates", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    return http::result_response(req, service.rates(req.caller(), *id), [](const auto& list) {
      return json::object{{"items", array_of(list)}};
    });
  });
  router.post("/api/v1/organisations/{id}/compensation/rates", [&service](Request& req) -> Response {
    return client_post(req, [&](long long id, const json::object& body) {
      auto r = rate_input(body);
      r.organisation_id = id;
      return service.add_rate(req.caller(), r);
    });
  });
  router.get("/api/v1/compensation/rates", [&service](Request& req) -> Response {
    return http::result_response(req, service.rates(req.caller(), std::nullopt), [](const auto& list) {
      return json::object{{"items", array_of(list)}};
    });
  });
  router.post("/api/v1/compensation/rates", [&service](Request& req) -> Response {
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(req, service.add_rate(req.caller(), rate_input(*body)), as_json, 201);
  });

  router.get("/api/v1/clients/{id}/compensation", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    return http::result_response(req, service.of_client(req.caller(), *id), as_json);
  });
  router.post("/api/v1/clients/{id}/benefits", [&service](Request& req) -> Response {
    return client_post(req, [&](long long id, const json::object& o) {
      Benefit b;
      b.payer = http::string_field(o, "payer");
      b.fund_name = http::string_field(o, "fundName");
      b.valid_from = http::string_field(o, "validFrom");
      b.valid_to = opt_date(o, "validTo");
      return service.add_benefit(req.caller(), id, b);
    });
  });
  router.post("/api/v1/clients/{id}/benefits/{benefitId}/end", [&service](Request& req) -> Response {
    auto benefit = req.id_param("benefitId");
    if (!benefit) return http::not_found(req);
    return client_post(req, [&](long long id, const json::object& o) {
      return service.end_benefit(req.caller(), id, *benefit, http::string_field(o, "validTo"));
    });
  });
  router.post("/api/v1/clients/{id}/travel-fares", [&service](Request& req) -> Response {
    return client_post(req, [&](long long id, const json::object& o) {
      TravelFare f;
      f.cents_per_day = cents_field(o, "centsPerDay");
      f.means = http::string_field(o, "means");
      f.valid_from = http::string_field(o, "validFrom");
      return service.add_fare(req.caller(), id, f);
    });
  });
  router.post("/api/v1/clients/{id}/travel-claims", [&service](Request& req) -> Response {
    return client_post(req, [&](long long id, const json::object& o) {
      TravelClaim c;
      c.day = http::string_field(o, "day");
      c.cents = cents_field(o, "cents");
      c.description = http::string_field(o, "description");
      return service.add_claim(req.caller(), id, c);
    });
  });
  router.post("/api/v1/clients/{id}/compensation-adjustments", [&service](Request& req) -> Response {
    return client_post(req, [&](long long id, const json::object& o) {
      Adjustment a;
      a.day = http::string_field(o, "day");
      a.attended = http::bool_field(o, "attended", true);
      a.reason = http::string_field(o, "reason");
      return service.add_adjustment(req.caller(), id, a);
    });
  });
}

}  // namespace polku::compensation
