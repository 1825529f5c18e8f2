// A file a service hands to its routes to download (http::download_response): a document or an export.
#pragma once
#include <string>

namespace polku::documents {

struct File {
  std::string file_name;
  std::string content_type;
  std::string body;
};

}  // namespace polku::documents
