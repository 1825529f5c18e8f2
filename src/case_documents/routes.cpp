#include "case_documents/routes.hpp"

#include "case_documents/document_json.hpp"
#include "platform/http/problem.hpp"

namespace polku::case_documents {
namespace json = boost::json;

void register_routes(http::Router& router, DocumentService& service) {
  router.get("/api/v1/cases/{id}/documents", [&service](http::Request& req) -> http::Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    return http::result_response(req, service.of_case(req.caller(), *id), [](const std::vector<IssuedDocument>& v) {
      json::array items;
      for (const auto& d : v) items.push_back(to_json(d));
      return json::object{{"items", std::move(items)}};
    });
  });
  // The bytes as kept; the checksum travels along so that a reader can tell it is the document given.
  router.get("/api/v1/documents/{id}", [&service](http::Request& req) -> http::Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto d = service.download(req.caller(), *id);
    if (!d) return http::problem_response(req, d.error());
    auto res = http::download_response(req, d->file.content_type, d->file.file_name, std::move(d->file.body));
    res.set("X-Content-SHA256", d->sha256);
    return res;
  });
}

}  // namespace polku::case_documents
