#include "platform/documents/letterhead.hpp"

#include "platform/db/row.hpp"

namespace polku::documents {

Letterhead Letterheads::of(long long organisation_id) {
  Letterhead out;
  std::optional<long long> logo;
  db_.read([&](soci::session& sql) {
    soci::rowset<soci::row> rows =
        (sql.prepare << "SELECT name, logo_file_id FROM organisations_view WHERE id = :i", soci::use(organisation_id));
    for (const auto& r : rows) {
      out.organisation = db::text_at(r, 0);
      logo = db::opt_int_at(r, 1);
    }
    return 0;
  });
  if (logo) {
    if (auto file = files_.get(*logo)) out.logo_png = std::move(file->bytes);
  }
  return out;
}

}  // namespace polku::documents
