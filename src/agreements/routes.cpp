#include "agreements/routes.hpp"

#include "agreements/agreement_json.hpp"
#include "platform/http/json_body.hpp"
#include "platform/http/problem.hpp"

namespace polku::agreements {
namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

const auto as_json = [](const auto& x) { return to_json(x); };

}  // namespace

void register_routes(http::Router& router, AgreementService& service) {
  router.get("/api/v1/service-products", [&service](Request& req) -> Response {
    const auto provider_text = req.query_value("providerOrganisationId");
    const auto provider = http::parse_id(provider_text);
    if (!provider_text.empty() && !provider) {
      return http::problem_response(req, Error::invalid({{"providerOrganisationId", "invalid_choice"}}));
    }
    return http::items_response(req, service.products(req.caller(), provider.value_or(0)), as_json);
  });

  router.get("/api/v1/service-products/{id}", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return not_found(req);
    return http::result_response(req, service.product(req.caller(), *id), as_json);
  });

  router.put("/api/v1/service-products/{id}", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(
        req, service.update_product(req.caller(), *id, product_input(*body), http::int_field(*body, "version")),
        as_json);
  });

  router.get("/api/v1/agreement-partners", [&service](Request& req) -> Response {
    return http::items_response(req, service.partners(req.caller()), as_json);
  });

  router.post("/api/v1/service-products", [&service](Request& req) -> Response {
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(
        req,
        service.create_product(req.caller(), http::int_field(*body, "providerOrganisationId"), product_input(*body)),
        as_json, 201);
  });

  // ?endingWithinDays=60: the agreements in force that end within that many days.
  router.get("/api/v1/agreements", [&service](Request& req) -> Response {
    const auto within = req.query_value("endingWithinDays");
    std::optional<long long> days;
    if (!within.empty()) {
      auto parsed = http::parse_count(within);
      if (!parsed) return http::problem_response(req, Error::invalid({{"endingWithinDays", "out_of_range"}}));
      days = parsed;
    }
    return http::items_response(req, service.list(req.caller(), days), as_json);
  });

  router.post("/api/v1/agreements", [&service](Request& req) -> Response {
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(req, service.create(req.caller(), agreement_input(*body)), as_json, 201);
  });

  router.get("/api/v1/agreements/{id}", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return not_found(req);
    return http::result_response(req, service.read(req.caller(), *id), as_json);
  });

  router.put("/api/v1/agreements/{id}", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(
        req, service.update(req.caller(), *id, agreement_input(*body), http::int_field(*body, "version")), as_json);
  });

  // The body is the document itself; its name comes in ?fileName=, its type in Content-Type.
  router.post("/api/v1/agreements/{id}/documents",
              [&service](Request& req) -> Response {
                auto id = req.id_param();
                if (!id) return not_found(req);
                return http::result_response(
                    req,
                    service.add_document(req.caller(), *id, req.query_value("fileName"),
                                         http::header_value(req.raw, "Content-Type"), req.raw.body()),
                    as_json, 201);
              },
              {.body_limit = static_cast<std::size_t>(kMaxDocumentBytes) + 1});

  router.get("/api/v1/agreements/{id}/documents/{documentId}", [&service](Request& req) -> Response {
    auto id = req.id_param();
    auto document_id = req.id_param("documentId");
    if (!id || !document_id) return not_found(req);
    auto doc = service.document(req.caller(), *id, *document_id);
    if (!doc) return http::problem_response(req, doc.error());
    return http::download_response(req, doc->info.content_type, doc->info.file_name, std::move(doc->bytes));
  });
}

}  // namespace polku::agreements
