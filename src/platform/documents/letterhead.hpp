// What heads an organisation's documents: its name and its logo (a PNG, or none), read from the organisations'
// read model and the stored files.
#pragma once
#include <string>

#include "platform/db/database.hpp"
#include "platform/files/file_store.hpp"

namespace polku::documents {

struct Letterhead {
  std::string organisation;
  std::string logo_png;  // '' when none
};

class Letterheads {
 public:
  explicit Letterheads(db::Database& db) : db_(db), files_(db) {}
  // An unknown organisation has an empty letterhead.
  Letterhead of(long long organisation_id);

 private:
  db::Database& db_;
  files::FileStore files_;
};

}  // namespace polku::documents
