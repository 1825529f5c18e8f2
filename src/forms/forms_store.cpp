#include "forms/forms_store.hpp"

#include <spdlog/spdlog.h>

#include <stdexcept>

#include "forms/forms_rules.hpp"
#include "platform/core/clock.hpp"
#include "platform/db/row.hpp"

namespace polku::forms {
namespace json = boost::json;

namespace {

constexpr const char* kSelect =
    "SELECT f.id, f.organisation_id, f.kind, f.version, f.definition, COALESCE(u.display_name, ''), f.published_at "
    "FROM form_versions f LEFT JOIN users_view u ON u.id = f.published_by ";

// A stored definition as this release reads it; none when it no longer reads.
std::optional<FormDefinition> read_definition(const std::string& text) {
  boost::system::error_code ec;
  const auto parsed = json::parse(text, ec);
  if (ec) return std::nullopt;
  auto d = parse_definition(parsed);
  if (!d) return std::nullopt;
  return std::move(*d);
}

FormVersion version_from(const soci::row& r) {
  db::Cursor k(r);
  FormVersion v;
  v.id = k.id();
  v.organisation_id = k.opt_id();
  v.kind = k.text();
  v.version = k.number();
  // A stored version was checked when it was published; one that no longer reads shows empty, and is logged.
  if (auto d = read_definition(k.text())) {
    v.definition = std::move(*d);
  } else {
    spdlog::error("form version {} does not read as a definition", v.id);
  }
  v.published_by_name = k.text();
  v.published_at = k.text();
  return v;
}

}  // namespace

std::vector<FormVersion> FormsStore::versions(long long organisation_id, const std::string& kind) {
  return db_.read([&](soci::session& sql) {
    std::vector<FormVersion> out;
    db::each_row(
        sql,
        std::string(kSelect) + "WHERE (f.organisation_id IS NULL OR f.organisation_id = :o) " +
            (kind.empty() ? "" : "AND f.kind = :k ") + "ORDER BY f.kind, f.organisation_id, f.version DESC",
        [&](soci::statement& st) {
          st.exchange(soci::use(organisation_id, "o"));
          if (!kind.empty()) st.exchange(soci::use(kind, "k"));
        },
        [&](const soci::row& r) { out.push_back(version_from(r)); });
    return out;
  });
}

std::optional<FormVersion> FormsStore::find(long long id) {
  return db_.read([&](soci::session& sql) {
    std::optional<FormVersion> out;
    db::each_row(
        sql, std::string(kSelect) + "WHERE f.id = :i", [&](soci::statement& st) { st.exchange(soci::use(id, "i")); },
        [&](const soci::row& r) { out = version_from(r); });
    return out;
  });
}

bool FormsStore::is_purchaser(work::UnitOfWork& unit, long long organisation_id) {
  int n = 0;
  unit.sql() << "SELECT COUNT(*) FROM organisations_view WHERE id = :i AND is_purchaser = 1",
      soci::use(organisation_id), soci::into(n);
  return n > 0;
}

int FormsStore::latest_version(work::UnitOfWork& unit, long long organisation_id, const std::string& kind) {
  int latest = 0;
  soci::indicator ind = soci::i_null;
  unit.sql() << "SELECT MAX(version) FROM form_versions WHERE organisation_id = :o AND kind = :k",
      soci::use(organisation_id), soci::use(kind), soci::into(latest, ind);
  return ind == soci::i_ok ? latest : 0;
}

long long FormsStore::insert(work::UnitOfWork& unit, long long organisation_id, int version, const FormDefinition& d,
                             long long user_id) {
  const std::string definition = json::serialize(to_json(d)), now = now_iso();
  long long id = 0;
  unit.sql() << "INSERT INTO form_versions (organisation_id, kind, version, definition, published_by, published_at) "
                "VALUES (:o, :k, :v, :d, :u, :n) RETURNING id",
      soci::use(organisation_id), soci::use(d.kind), soci::use(version), soci::use(definition), soci::use(user_id),
      soci::use(now), soci::into(id);
  return id;
}

int FormsStore::install_shipped(const std::vector<ShippedForm>& forms) {
  return db_.write([&](soci::session& sql) {
    int added = 0;
    for (const auto& form : forms) {
      const std::string& kind = form.definition.kind;
      const int version = form.version;
      const std::string definition = json::serialize(to_json(form.definition)), now = now_iso();
      std::string stored;
      soci::indicator ind = soci::i_null;
      sql << "SELECT definition FROM form_versions WHERE organisation_id IS NULL AND kind = :k AND version = :v",
          soci::use(kind, "k"), soci::use(version, "v"), soci::into(stored, ind);
      if (ind == soci::i_ok) {
        // Compared as definitions read by this release, so that a change of how they are written is no change.
        const auto read = read_definition(stored);
        if (!read || json::serialize(to_json(*read)) != definition) {
          throw std::logic_error("shipped form " + kind + " version " + std::to_string(version) +
                                 " differs from the one installed: a changed form needs the next version number");
        }
        continue;
      }
      sql << "INSERT INTO form_versions (organisation_id, kind, version, definition, published_by, published_at) "
             "VALUES (NULL, :k, :v, :d, NULL, :n)",
          soci::use(kind, "k"), soci::use(version, "v"), soci::use(definition, "d"), soci::use(now, "n");
      ++added;
    }
    return added;
  });
}

}  // namespace polku::forms
