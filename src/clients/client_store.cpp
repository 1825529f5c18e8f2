#include "clients/client_store.hpp"

#include "clients/client_access.hpp"
#include "clients/client_rules.hpp"
#include "platform/core/clock.hpp"
#include "platform/db/row.hpp"

namespace polku::clients {
namespace {

constexpr const char* kSelectClient =
    "SELECT c.id, c.organisation_id, c.first_names, c.last_name, c.personal_identity_code, c.date_of_birth, "
    "c.phone, c.email, c.street_address, c.postal_code, c.post_office, c.municipality, c.preferred_language, "
    "c.needs_plain_language, c.representative_kind, c.representative_name, c.representative_phone, "
    "c.own_worker_id, COALESCE(u.display_name, ''), c.version, c.created_at, c.updated_at "
    "FROM clients c LEFT JOIN users_view u ON u.id = c.own_worker_id";
const std::string kFindClient = std::string(kSelectClient) + " WHERE c.id = :i";

Client client_from(const soci::row& r) {
  Client c;
  c.id = db::int_at(r, 0);
  c.organisation_id = db::int_at(r, 1);
  c.data.organisation_id = c.organisation_id;
  c.data.first_names = db::text_at(r, 2);
  c.data.last_name = db::text_at(r, 3);
  c.data.personal_identity_code = db::text_at(r, 4);
  c.date_of_birth = db::text_at(r, 5);
  c.data.phone = db::text_at(r, 6);
  c.data.email = db::text_at(r, 7);
  c.data.street_address = db::text_at(r, 8);
  c.data.postal_code = db::text_at(r, 9);
  c.data.post_office = db::text_at(r, 10);
  c.data.municipality = db::text_at(r, 11);
  c.data.preferred_language = db::text_at(r, 12);
  c.data.needs_plain_language = db::bool_at(r, 13);
  c.data.representative_kind = db::text_at(r, 14);
  c.data.representative_name = db::text_at(r, 15);
  c.data.representative_phone = db::text_at(r, 16);
  c.data.own_worker_id = db::opt_int_at(r, 17);
  c.own_worker_name = db::text_at(r, 18);
  c.version = db::int_at(r, 19);
  c.data.version = c.version;
  c.created_at = db::text_at(r, 20);
  c.updated_at = db::text_at(r, 21);
  return c;
}

std::string search_text_of(const ClientInput& in) {
  return search_fold(in.first_names + " " + in.last_name + " " + in.personal_identity_code);
}

std::string escape_like(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

std::string changed_fields(const ClientInput& a, const ClientInput& b) {
  std::string out;
  auto check = [&](const char* name, bool differs) {
    if (!differs) return;
    if (!out.empty()) out += ",";
    out += name;
  };
  check("firstNames", a.first_names != b.first_names);
  check("lastName", a.last_name != b.last_name);
  check("personalIdentityCode", a.personal_identity_code != b.personal_identity_code);
  check("phone", a.phone != b.phone);
  check("email", a.email != b.email);
  check("streetAddress", a.street_address != b.street_address);
  check("postalCode", a.postal_code != b.postal_code);
  check("postOffice", a.post_office != b.post_office);
  check("municipality", a.municipality != b.municipality);
  check("preferredLanguage", a.preferred_language != b.preferred_language);
  check("needsPlainLanguage", a.needs_plain_language != b.needs_plain_language);
  check("representativeKind", a.representative_kind != b.representative_kind);
  check("representativeName", a.representative_name != b.representative_name);
  check("representativePhone", a.representative_phone != b.representative_phone);
  check("ownWorkerId", a.own_worker_id != b.own_worker_id);
  return out;
}

std::optional<Client> ClientStore::find(long long id) {
  // The hottest read of all: prepared once per pooled session.
  auto lease = db_.lease();
  auto& query = lease.cached("clients.find", [](soci::session& sql, db::CachedStatement& c) {
    c.statement.emplace((sql.prepare << kFindClient, soci::use(c.ints[0]), soci::into(c.row)));
  });
  query.ints[0] = id;
  if (!query.statement->execute(true)) return std::nullopt;
  return client_from(query.row);
}

std::optional<long long> ClientStore::organisation_of(long long client_id) {
  return db_.read([&](soci::session& sql) -> std::optional<long long> {
    long long organisation_id = 0;
    sql << "SELECT organisation_id FROM clients WHERE id = :c", soci::use(client_id), soci::into(organisation_id);
    if (!sql.got_data()) return std::nullopt;
    return organisation_id;
  });
}

std::vector<ClientSummary> ClientStore::search(const std::vector<long long>& organisation_ids, const std::string& query,
                                               int limit) {
  std::vector<std::string> words;
  {
    std::string folded = search_fold(trimmed(query));
    std::size_t start = 0;
    while (start < folded.size() && words.size() < 5) {
      auto end = folded.find(' ', start);
      if (end == std::string::npos) end = folded.size();
      if (end > start) words.push_back("%" + escape_like(folded.substr(start, end - start)) + "%");
      start = end + 1;
    }
  }
  if (organisation_ids.empty()) return {};
  return db_.read([&](soci::session& sql) {
    std::vector<ClientSummary> out;
    std::string text =
        "SELECT c.id, c.organisation_id, c.first_names, c.last_name, c.personal_identity_code, c.date_of_birth, "
        "c.municipality, COALESCE(u.display_name, '') FROM clients c LEFT JOIN users_view u ON u.id = c.own_worker_id "
        "WHERE c.organisation_id IN (";
    for (std::size_t i = 0; i < organisation_ids.size(); ++i) text += (i ? ", :o" : ":o") + std::to_string(i);
    text += ")";
    for (std::size_t i = 0; i < words.size(); ++i) {
      text += " AND c.search_text LIKE :w" + std::to_string(i) + " ESCAPE '\\'";
    }
    text += words.empty() ? " ORDER BY c.id DESC" : " ORDER BY c.last_name, c.first_names, c.id";
    text += " LIMIT :l";
    soci::statement st(sql);
    soci::row row;
    st.exchange(soci::into(row));
    for (std::size_t i = 0; i < organisation_ids.size(); ++i) {
      st.exchange(soci::use(organisation_ids[i], "o" + std::to_string(i)));
    }
    for (std::size_t i = 0; i < words.size(); ++i) st.exchange(soci::use(words[i], "w" + std::to_string(i)));
    st.exchange(soci::use(limit, "l"));
    st.alloc();
    st.prepare(text);
    st.define_and_bind();
    st.execute();
    while (st.fetch()) {
      out.push_back(ClientSummary{db::int_at(row, 0), db::int_at(row, 1), db::text_at(row, 2), db::text_at(row, 3),
                                  db::text_at(row, 4), db::text_at(row, 5), db::text_at(row, 6), db::text_at(row, 7)});
    }
    return out;
  });
}

long long ClientStore::insert(work::UnitOfWork& unit, long long organisation_id, const ClientInput& in,
                              const std::string& date_of_birth) {
  long long id = 0;
  const std::string now = now_iso();
  const std::string search = search_text_of(in);
  int plain = in.needs_plain_language ? 1 : 0;
  soci::indicator worker_ind = in.own_worker_id ? soci::i_ok : soci::i_null;
  long long worker = in.own_worker_id.value_or(0);
  unit.sql() << "INSERT INTO clients (organisation_id, first_names, last_name, personal_identity_code, "
                "date_of_birth, phone, email, street_address, postal_code, post_office, municipality, "
                "preferred_language, needs_plain_language, representative_kind, representative_name, "
                "representative_phone, own_worker_id, search_text, created_at, updated_at) VALUES (:org, :fn, :ln, "
                ":pic, :dob, :ph, :em, :sa, :pc, :po, :mu, :pl, :np, :rk, :rn, :rp, :ow, :st, :ca, :ua) RETURNING id",
      soci::use(organisation_id), soci::use(in.first_names), soci::use(in.last_name),
      soci::use(in.personal_identity_code), soci::use(date_of_birth), soci::use(in.phone), soci::use(in.email),
      soci::use(in.street_address), soci::use(in.postal_code), soci::use(in.post_office), soci::use(in.municipality),
      soci::use(in.preferred_language), soci::use(plain), soci::use(in.representative_kind),
      soci::use(in.representative_name), soci::use(in.representative_phone), soci::use(worker, worker_ind),
      soci::use(search), soci::use(now), soci::use(now), soci::into(id);
  unit.wrote_client_data(id);
  return id;
}

std::optional<Client> ClientStore::find_for_update(work::UnitOfWork& unit, long long id) {
  soci::rowset<soci::row> rows = (unit.sql().prepare << kFindClient, soci::use(id));
  for (const auto& r : rows) return client_from(r);
  return std::nullopt;
}

bool ClientStore::set_own_worker(work::UnitOfWork& unit, long long id, long long version,
                                 std::optional<long long> worker_id) {
  const std::string now = now_iso();
  long long worker = worker_id.value_or(0);
  soci::indicator worker_ind = worker_id ? soci::i_ok : soci::i_null;
  soci::statement st = (unit.sql().prepare << "UPDATE clients SET own_worker_id = :w, updated_at = :u, "
                                              "version = version + 1 WHERE id = :c AND version = :v",
                        soci::use(worker, worker_ind), soci::use(now), soci::use(id), soci::use(version));
  st.execute(true);
  if (st.get_affected_rows() == 0) return false;
  unit.wrote_client_data(id);
  return true;
}

void ClientStore::adopt_if_unassigned(work::UnitOfWork& unit, long long client_id, long long worker_id) {
  const std::string now = now_iso();
  soci::statement st = (unit.sql().prepare << "UPDATE clients SET own_worker_id = :w, updated_at = :u, "
                                              "version = version + 1 WHERE id = :c AND own_worker_id IS NULL",
                        soci::use(worker_id), soci::use(now), soci::use(client_id));
  st.execute(true);
  if (st.get_affected_rows() > 0) unit.wrote_client_data(client_id);
}

bool ClientStore::update(work::UnitOfWork& unit, long long id, long long version, const ClientInput& in,
                         const std::string& date_of_birth) {
  const std::string now = now_iso();
  const std::string search = search_text_of(in);
  int plain = in.needs_plain_language ? 1 : 0;
  soci::indicator worker_ind = in.own_worker_id ? soci::i_ok : soci::i_null;
  long long worker = in.own_worker_id.value_or(0);
  soci::statement st =
      (unit.sql().prepare << "UPDATE clients SET first_names = :fn, last_name = :ln, personal_identity_code = :pic, "
                             "date_of_birth = :dob, phone = :ph, email = :em, street_address = :sa, "
                             "postal_code = :pc, post_office = :po, municipality = :mu, preferred_language = :pl, "
                             "needs_plain_language = :np, representative_kind = :rk, representative_name = :rn, "
                             "representative_phone = :rp, own_worker_id = :ow, search_text = :st, updated_at = :ua, "
                             "version = version + 1 WHERE id = :id AND version = :v",
       soci::use(in.first_names), soci::use(in.last_name), soci::use(in.personal_identity_code),
       soci::use(date_of_birth), soci::use(in.phone), soci::use(in.email), soci::use(in.street_address),
       soci::use(in.postal_code), soci::use(in.post_office), soci::use(in.municipality),
       soci::use(in.preferred_language), soci::use(plain), soci::use(in.representative_kind),
       soci::use(in.representative_name), soci::use(in.representative_phone), soci::use(worker, worker_ind),
       soci::use(search), soci::use(now), soci::use(id), soci::use(version));
  st.execute(true);
  if (st.get_affected_rows() == 0) return false;
  unit.wrote_client_data(id);
  return true;
}

bool ClientStore::is_worker_of(work::UnitOfWork& unit, long long user_id, long long organisation_id) {
  int n = 0;
  unit.sql() << "SELECT COUNT(*) FROM active_roles_view WHERE user_id = :u "
                "AND organisation_id = :o AND role IN ('social_worker', 'social_instructor')",
      soci::use(user_id), soci::use(organisation_id), soci::into(n);
  return n > 0;
}

bool ClientStore::identity_code_taken(work::UnitOfWork& unit, long long organisation_id, const std::string& code,
                                      long long except_id) {
  int n = 0;
  unit.sql() << "SELECT COUNT(*) FROM clients WHERE organisation_id = :o AND personal_identity_code = :c "
                "AND id <> :i",
      soci::use(organisation_id), soci::use(code), soci::use(except_id), soci::into(n);
  return n > 0;
}

std::vector<ClientWithoutWorker> ClientStore::without_own_worker(const std::vector<long long>& organisation_ids) {
  if (organisation_ids.empty()) return {};
  const std::string text =
      "SELECT cl.id, cl.first_names || ' ' || cl.last_name, cl.organisation_id, MIN(c.id), MIN(c.created_at) "
      "FROM clients cl JOIN cases_view c ON c.client_id = cl.id WHERE cl.organisation_id IN (" +
      db::placeholders("o", organisation_ids.size()) +
      ") AND cl.own_worker_id IS NULL AND c.stage <> 'closed' "
      "GROUP BY cl.id, cl.first_names, cl.last_name, cl.organisation_id ORDER BY cl.id";
  return db_.read([&](soci::session& sql) {
    std::vector<ClientWithoutWorker> out;
    db::each_row(
        sql, text, [&](soci::statement& st) { db::bind_list(st, organisation_ids, "o"); },
        [&](const soci::row& r) {
          db::Cursor k(r);
          ClientWithoutWorker c;
          c.client_id = k.id();
          c.client_name = k.text();
          c.organisation_id = k.id();
          c.case_id = k.id();
          c.case_opened_at = k.text();
          out.push_back(std::move(c));
        });
    return out;
  });
}

std::vector<retention::Registration> ClientStore::registrations() {
  return db_.read([](soci::session& sql) {
    std::vector<retention::Registration> out;
    soci::rowset<soci::row> rows = sql.prepare << "SELECT id, created_at FROM clients ORDER BY id";
    for (const auto& row : rows) out.push_back({db::int_at(row, 0), db::text_at(row, 1).substr(0, 10)});
    return out;
  });
}

void ClientStore::erase_client(work::UnitOfWork& unit, long long client_id) {
  retention::erase_rows(unit, client_id, {"DELETE FROM clients WHERE id = :c"});
}

}  // namespace polku::clients
