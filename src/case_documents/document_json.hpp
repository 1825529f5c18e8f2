// An issued document as the API gives it: the same JSON in the case's list and where a module answers with the
// document it has just issued (a certificate).
#pragma once
#include <boost/json.hpp>

#include "case_documents/issued_document.hpp"

namespace polku::case_documents {

boost::json::object to_json(const IssuedDocument& d);

}  // namespace polku::case_documents
