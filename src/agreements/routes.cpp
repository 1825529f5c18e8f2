#include "agreements/routes.hpp"

#include <cctype>

#include "agreements/agreement_access.hpp"
#include "agreements/agreement_json.hpp"
#include "agreements/agreement_rules.hpp"
#include "registry/registry_access.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/dates.hpp"
#include "platform/http/json_body.hpp"
#include "platform/http/problem.hpp"

namespace polku::agreements {
namespace json = boost::json;
using http::Request;
using http::Response;

namespace {


std::vector<long long> organisations_of(const Request& req) {
  std::vector<long long> out;
  for (const auto& g : req.user().roles)
    if (std::find(out.begin(), out.end(), g.organisation_id) == out.end()) out.push_back(g.organisation_id);
  return out;
}

std::optional<Agreement> readable_agreement(const Request& req, AgreementStore& store) {
  auto id = req.id_param();
  auto found = id ? store.find(*id) : std::nullopt;
  if (!found || !can_read_agreement(req.user(), found->data.purchaser_organisation_id,
                                    found->data.partner_organisation_id)) {
    return std::nullopt;
  }
  return found;
}

// RFC 8187 encoding for the file name in Content-Disposition.
std::string percent_encoded(const std::string& name) {
  static constexpr const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : name) {
    if (std::isalnum(c) != 0 || c == '.' || c == '-' || c == '_') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

}  // namespace

void register_routes(http::Router& router, AgreementStore& agreements, registry::Port& registry) {
  router.get("/api/v1/service-products", [&agreements, &registry](Request& req) -> Response {
    const auto provider_text = req.query_value("providerOrganisationId");
    const auto provider = http::parse_id(provider_text);
    if (!provider_text.empty() && !provider) {
      return http::problem_response(req, Error::invalid({{"providerOrganisationId", "invalid_choice"}}));
    }
    json::array items;
    for (const auto& p : agreements.products(provider.value_or(0))) {
      items.push_back(to_json(p));
    }
    return http::json_response(req, 200, json::object{{"items", items}});
  });

  router.get("/api/v1/service-products/{id}", [&agreements, &registry](Request& req) -> Response {
    auto id = req.id_param();
    auto found = id ? agreements.find_product(*id) : std::nullopt;
    if (!found) return not_found(req);
    return http::json_response(req, 200, to_json(*found));
  });

  router.put("/api/v1/service-products/{id}", [&agreements, &registry](Request& req) -> Response {
    auto id = req.id_param();
    auto found = id ? agreements.find_product(*id) : std::nullopt;
    if (!found) return not_found(req);
    if (!can_edit_products(req.user(), found->provider_organisation_id)) return forbidden(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    auto updated = agreements.update_product(*id, product_input(*body), http::int_field(*body, "version"));
    if (!updated) return http::problem_response(req, updated.error());
    return http::json_response(req, 200, to_json(*updated));
  });

  // Whom the purchaser's manager can choose as the other party.
  router.get("/api/v1/agreement-partners", [&agreements, &registry](Request& req) -> Response {
    if (!registry::makes_agreements(req.user(), registry.purchaser_ids())) return forbidden(req);
    json::array items;
    for (const auto& p : agreements.partners()) items.push_back(to_json(p));
    return http::json_response(req, 200, json::object{{"items", items}});
  });

  router.post("/api/v1/service-products", [&agreements, &registry](Request& req) -> Response {
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    auto provider = http::int_field(*body, "providerOrganisationId");
    if (!provider) return http::problem_response(req, Error::invalid({{"providerOrganisationId", "required"}}));
    if (!can_edit_products(req.user(), *provider)) return forbidden(req);
    auto created = agreements.create_product(*provider, product_input(*body));
    if (!created) return http::problem_response(req, created.error());
    return http::json_response(req, 201, to_json(*created));
  });

  // ?endingWithinDays=60: the agreements in force that end within that many days.
  router.get("/api/v1/agreements", [&agreements, &registry](Request& req) -> Response {
    const auto within = req.query_value("endingWithinDays");
    std::string today, ending_by;
    if (!within.empty()) {
      const auto days = http::parse_count(within);
      if (!days || *days > 3650) return http::problem_response(req, Error::invalid({{"endingWithinDays", "out_of_range"}}));
      today = today_helsinki();
      ending_by = add_days(today, static_cast<int>(*days));
    }
    json::array items;
    for (const auto& a : agreements.list(organisations_of(req), today, ending_by)) {
      if (can_read_agreement(req.user(), a.data.purchaser_organisation_id, a.data.partner_organisation_id)) {
        items.push_back(to_json(a));
      }
    }
    return http::json_response(req, 200, json::object{{"items", items}});
  });

  router.post("/api/v1/agreements", [&agreements, &registry](Request& req) -> Response {
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    auto in = agreement_input(*body);
    if (!can_edit_agreement(req.user(), in.purchaser_organisation_id)) return forbidden(req);
    auto created = agreements.create(in);
    if (!created) return http::problem_response(req, created.error());
    return http::json_response(req, 201, to_json(*created));
  });

  router.get("/api/v1/agreements/{id}", [&agreements, &registry](Request& req) -> Response {
    auto found = readable_agreement(req, agreements);
    if (!found) return not_found(req);
    return http::json_response(req, 200, to_json(*found));
  });

  router.put("/api/v1/agreements/{id}", [&agreements, &registry](Request& req) -> Response {
    auto found = readable_agreement(req, agreements);
    if (!found) return not_found(req);
    if (!can_edit_agreement(req.user(), found->data.purchaser_organisation_id)) return forbidden(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    auto in = agreement_input(*body);
    in.purchaser_organisation_id = found->data.purchaser_organisation_id;  // an agreement never changes purchaser
    auto updated = agreements.update(found->id, in, http::int_field(*body, "version"));
    if (!updated) return http::problem_response(req, updated.error());
    return http::json_response(req, 200, to_json(*updated));
  });

  // The body is the document itself; its name comes in ?fileName=, its type in Content-Type.
  router.post("/api/v1/agreements/{id}/documents", [&agreements, &registry](Request& req) -> Response {
    auto found = readable_agreement(req, agreements);
    if (!found) return not_found(req);
    if (!can_edit_agreement(req.user(), found->data.purchaser_organisation_id)) return forbidden(req);
    auto added = agreements.add_document(found->id, req.query_value("fileName"),
                                           http::header_value(req.raw, "Content-Type"), req.raw.body());
    if (!added) return http::problem_response(req, added.error());
    return http::json_response(req, 201, to_json(*added));
  }, {.body_limit = static_cast<std::size_t>(kMaxDocumentBytes) + 1});

  router.get("/api/v1/agreements/{id}/documents/{documentId}", [&agreements, &registry](Request& req) -> Response {
    auto found = readable_agreement(req, agreements);
    auto document_id = req.id_param("documentId");
    auto doc = found && document_id ? agreements.document(found->id, *document_id) : std::nullopt;
    if (!doc) return not_found(req);
    auto res = http::empty_response(req, 200);
    res.set(http::bhttp::field::content_type, doc->info.content_type);
    res.set(http::bhttp::field::content_disposition, "attachment; filename*=UTF-8''" + percent_encoded(doc->info.file_name));
    res.body() = std::move(doc->bytes);
    res.prepare_payload();
    return res;
  });
}

}  // namespace polku::agreements
