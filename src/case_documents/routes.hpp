#pragma once
#include "case_documents/document_service.hpp"
#include "platform/http/router.hpp"

namespace polku::case_documents {

void register_routes(http::Router& router, DocumentService& service);

}  // namespace polku::case_documents
