#include "registry/place_store.hpp"

#include "platform/core/clock.hpp"
#include "platform/db/row.hpp"
#include "registry/text_lists.hpp"
#include "service_types/service_type_store.hpp"

namespace polku::registry {
namespace {

constexpr const char* kSelectPlace =
    "SELECT p.id, p.host_organisation_id, o.name, COALESCE(h.host_type, ''), p.name, p.work_tasks, p.fields, "
    "p.street_address, p.municipality, p.accessibility_notes, p.wheelchair_accessible, p.what_to_bring, p.capacity, "
    "p.weekdays, p.start_time, p.end_time, p.supervisor_user_id, p.supervisor_name, p.supervisor_phone, "
    "p.host_instructions, p.orientation_checklist, p.no_displacement_confirmed, p.service_types, p.status, p.version, "
    // Counted in the same query (one round trip for the list) from the bookings' read model.
    "(SELECT COUNT(*) FROM bookings_view b WHERE b.place_id = p.id AND b.start_date <= :t1 "
    "AND (b.end_date = '' OR b.end_date >= :t2)) "
    "FROM places p JOIN organisations_view o ON o.id = p.host_organisation_id "
    "LEFT JOIN host_profiles h ON h.organisation_id = p.host_organisation_id";

Place place_from(const soci::row& r) {
  Place p;
  p.id = db::int_at(r, 0);
  p.host_organisation_id = db::int_at(r, 1);
  p.host_name = db::text_at(r, 2);
  p.host_type = db::text_at(r, 3);
  auto& d = p.data;
  d.name = db::text_at(r, 4);
  d.work_tasks = db::text_at(r, 5);
  d.fields = split(db::text_at(r, 6), ',');
  d.street_address = db::text_at(r, 7);
  d.municipality = db::text_at(r, 8);
  d.accessibility_notes = db::text_at(r, 9);
  d.wheelchair_accessible = db::bool_at(r, 10);
  d.what_to_bring = db::text_at(r, 11);
  d.capacity = static_cast<int>(db::int_at(r, 12));
  d.weekdays = split(db::text_at(r, 13), ',');
  d.start_time = db::text_at(r, 14);
  d.end_time = db::text_at(r, 15);
  d.supervisor_user_id = db::opt_int_at(r, 16);
  d.supervisor_name = db::text_at(r, 17);
  d.supervisor_phone = db::text_at(r, 18);
  d.host_instructions = db::text_at(r, 19);
  d.orientation_checklist = split(db::text_at(r, 20), '\n');
  d.no_displacement_confirmed = db::bool_at(r, 21);
  d.service_types = split(db::text_at(r, 22), ',');
  d.status = db::text_at(r, 23);
  p.version = db::int_at(r, 24);
  d.version = p.version;
  p.booked_today = static_cast<int>(db::int_at(r, 25));
  return p;
}

std::vector<Place> query_places(soci::session& sql, const std::string& where, long long arg) {
  std::vector<Place> out;
  const std::string today = today_helsinki();
  soci::rowset<soci::row> rows = (sql.prepare << std::string(kSelectPlace) + where + " ORDER BY p.name, p.id",
                                  soci::use(today, "t1"), soci::use(today, "t2"), soci::use(arg, "a"));
  for (const auto& r : rows) out.push_back(place_from(r));
  return out;
}

// Column values of a place in binding order, kept alive for the statement.
struct PlaceRow {
  explicit PlaceRow(const PlaceInput& in)
      : fields(join(in.fields, ',')),
        weekdays(join(in.weekdays, ',')),
        checklist(join(in.orientation_checklist, '\n')),
        service_types(join(in.service_types, ',')),
        wheelchair(in.wheelchair_accessible ? 1 : 0),
        confirmed(in.no_displacement_confirmed ? 1 : 0),
        capacity(in.capacity),
        supervisor(in.supervisor_user_id.value_or(0)),
        supervisor_ind(in.supervisor_user_id ? soci::i_ok : soci::i_null),
        now(now_iso()) {}
  std::string fields, weekdays, checklist, service_types;
  int wheelchair, confirmed, capacity;
  long long supervisor;
  soci::indicator supervisor_ind;
  std::string now;
};

}  // namespace

ServiceCatalogue load_service_catalogue(db::Database& db) {
  return {service_types::ServiceTypeStore(db).all(), today_helsinki()};
}

std::string PlaceStore::host_type(long long organisation_id) {
  return db_.read([&](soci::session& sql) {
    std::string type;
    soci::indicator ind = soci::i_ok;
    sql << "SELECT host_type FROM host_profiles WHERE organisation_id = :o", soci::use(organisation_id),
        soci::into(type, ind);
    return sql.got_data() && ind == soci::i_ok ? type : std::string();
  });
}

bool PlaceStore::is_host(work::UnitOfWork& unit, long long organisation_id) {
  int host = 0;
  unit.sql() << "SELECT COUNT(*) FROM organisations_view WHERE id = :o AND is_host = 1", soci::use(organisation_id),
      soci::into(host);
  return host > 0;
}

std::vector<std::vector<std::string>> PlaceStore::offered_service_types(work::UnitOfWork& unit, long long host_id) {
  std::vector<std::vector<std::string>> offered;
  soci::rowset<soci::row> rows =
      (unit.sql().prepare << "SELECT service_types FROM places WHERE host_organisation_id = :h", soci::use(host_id));
  for (const auto& r : rows) offered.push_back(split(db::text_at(r, 0), ','));
  return offered;
}

bool PlaceStore::is_supervisor_of(work::UnitOfWork& unit, long long user_id, long long host_id) {
  int n = 0;
  unit.sql() << "SELECT COUNT(*) FROM active_roles_view WHERE user_id = :u AND organisation_id = :o "
                "AND role = 'placement_supervisor'",
      soci::use(user_id), soci::use(host_id), soci::into(n);
  return n > 0;
}

void PlaceStore::set_host_type(work::UnitOfWork& unit, long long organisation_id, const std::string& type) {
  unit.sql() << "DELETE FROM host_profiles WHERE organisation_id = :o", soci::use(organisation_id);
  unit.sql() << "INSERT INTO host_profiles (organisation_id, host_type) VALUES (:o, :t)", soci::use(organisation_id),
      soci::use(type);
}

std::set<long long> PlaceStore::purchaser_ids() {
  return db_.read([&](soci::session& sql) {
    std::set<long long> out;
    soci::rowset<soci::row> rows = sql.prepare << "SELECT id FROM organisations_view WHERE is_purchaser = 1";
    for (const auto& r : rows) out.insert(db::int_at(r, 0));
    return out;
  });
}

std::vector<Place> PlaceStore::list(long long host_id) {
  return db_.read([&](soci::session& sql) {
    return host_id == 0 ? query_places(sql, " WHERE 0 = :a", 0)
                        : query_places(sql, " WHERE p.host_organisation_id = :a", host_id);
  });
}

std::optional<Place> PlaceStore::find(long long id) {
  auto found = db_.read([&](soci::session& sql) { return query_places(sql, " WHERE p.id = :a", id); });
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::optional<Place> PlaceStore::lock(work::UnitOfWork& unit, long long id) {
  // The lock on the place's own row: FOR UPDATE cannot take the outer-joined rows of the full read.
  long long locked = 0;
  unit.sql() << std::string("SELECT id FROM places WHERE id = :i") + unit.for_update(), soci::use(id),
      soci::into(locked);
  if (!unit.sql().got_data()) return std::nullopt;
  auto found = query_places(unit.sql(), " WHERE p.id = :a", id);
  if (found.empty()) return std::nullopt;
  return found.front();
}

long long PlaceStore::insert(work::UnitOfWork& unit, long long host_id, const PlaceInput& in) {
  PlaceRow v(in);
  long long new_id = 0;
  unit.sql() << "INSERT INTO places (host_organisation_id, name, work_tasks, fields, street_address, municipality, "
                "accessibility_notes, wheelchair_accessible, what_to_bring, capacity, weekdays, start_time, "
                "end_time, supervisor_user_id, supervisor_name, supervisor_phone, host_instructions, "
                "orientation_checklist, no_displacement_confirmed, service_types, status, created_at, updated_at) "
                "VALUES (:h, :n, :wt, :f, :sa, :m, :an, :wa, :wb, :c, :wd, :st, :et, :su, :sn, :sp, :hi, :oc, :nd, "
                ":sv, :s, :ca, :ua) RETURNING id",
      soci::use(host_id), soci::use(in.name), soci::use(in.work_tasks), soci::use(v.fields),
      soci::use(in.street_address), soci::use(in.municipality), soci::use(in.accessibility_notes),
      soci::use(v.wheelchair), soci::use(in.what_to_bring), soci::use(v.capacity), soci::use(v.weekdays),
      soci::use(in.start_time), soci::use(in.end_time), soci::use(v.supervisor, v.supervisor_ind),
      soci::use(in.supervisor_name), soci::use(in.supervisor_phone), soci::use(in.host_instructions),
      soci::use(v.checklist), soci::use(v.confirmed), soci::use(v.service_types), soci::use(in.status),
      soci::use(v.now), soci::use(v.now), soci::into(new_id);
  return new_id;
}

bool PlaceStore::update(work::UnitOfWork& unit, long long id, long long version, const PlaceInput& in) {
  PlaceRow v(in);
  soci::statement st =
      (unit.sql().prepare << "UPDATE places SET name = :n, work_tasks = :wt, fields = :f, street_address = :sa, "
                             "municipality = :m, accessibility_notes = :an, wheelchair_accessible = :wa, "
                             "what_to_bring = :wb, capacity = :c, weekdays = :wd, start_time = :st, end_time = :et, "
                             "supervisor_user_id = :su, supervisor_name = :sn, supervisor_phone = :sp, "
                             "host_instructions = :hi, orientation_checklist = :oc, no_displacement_confirmed = :nd, "
                             "service_types = :sv, status = :s, updated_at = :ua, version = version + 1 "
                             "WHERE id = :id AND version = :v",
       soci::use(in.name), soci::use(in.work_tasks), soci::use(v.fields), soci::use(in.street_address),
       soci::use(in.municipality), soci::use(in.accessibility_notes), soci::use(v.wheelchair),
       soci::use(in.what_to_bring), soci::use(v.capacity), soci::use(v.weekdays), soci::use(in.start_time),
       soci::use(in.end_time), soci::use(v.supervisor, v.supervisor_ind), soci::use(in.supervisor_name),
       soci::use(in.supervisor_phone), soci::use(in.host_instructions), soci::use(v.checklist), soci::use(v.confirmed),
       soci::use(v.service_types), soci::use(in.status), soci::use(v.now), soci::use(id), soci::use(version));
  st.execute(true);
  return st.get_affected_rows() > 0;
}

std::vector<SupervisorOption> PlaceStore::supervisors(long long host_id) {
  return db_.read([&](soci::session& sql) {
    std::vector<SupervisorOption> out;
    soci::rowset<soci::row> rows =
        (sql.prepare << "SELECT DISTINCT user_id, display_name FROM active_roles_view "
                        "WHERE organisation_id = :o AND role = 'placement_supervisor' ORDER BY display_name, user_id",
         soci::use(host_id));
    for (const auto& r : rows) out.push_back({db::int_at(r, 0), db::text_at(r, 1)});
    return out;
  });
}

// The bookings' and the agreements' read models are read whole, once each: the search and the
// match rank every place at once (their ports would point back at the registry).
std::vector<PlaceCandidate> PlaceStore::candidates() {
  return db_.read([&](soci::session& sql) {
    std::vector<PlaceCandidate> out;
    for (auto& p : query_places(sql, " WHERE 0 = :a", 0)) out.push_back({std::move(p), {}, {}});
    auto at = [&](long long place_id) -> PlaceCandidate* {
      for (auto& c : out)
        if (c.place.id == place_id) return &c;
      return nullptr;
    };
    soci::rowset<soci::row> bookings = sql.prepare << "SELECT place_id, start_date, end_date FROM bookings_view";
    for (const auto& r : bookings) {
      if (auto* c = at(db::int_at(r, 0))) c->bookings.push_back({db::text_at(r, 1), db::text_at(r, 2)});
    }
    soci::rowset<soci::row> agreements = sql.prepare
                                         << "SELECT place_id, valid_from, valid_until FROM agreement_places_view";
    for (const auto& r : agreements) {
      if (auto* c = at(db::int_at(r, 0))) {
        c->agreements.push_back({db::text_at(r, 1), db::text_at(r, 2)});
      }
    }
    return out;
  });
}

std::vector<ClosedDay> PlaceStore::closed_days(long long place_id, const std::string& from, const std::string& to) {
  return db_.read([&](soci::session& sql) {
    std::vector<ClosedDay> out;
    soci::rowset<soci::row> rows =
        (sql.prepare << "SELECT day, reason FROM place_closed_days WHERE place_id = :p AND day >= :f AND day <= :t "
                        "ORDER BY day",
         soci::use(place_id), soci::use(from), soci::use(to));
    for (const auto& r : rows) out.push_back({db::text_at(r, 0), db::text_at(r, 1)});
    return out;
  });
}

void PlaceStore::set_closed_days(work::UnitOfWork& unit, long long place_id, const std::string& from,
                                 const std::string& to, const std::vector<ClosedDay>& days, long long user_id) {
  unit.sql() << "DELETE FROM place_closed_days WHERE place_id = :p AND day >= :f AND day <= :t", soci::use(place_id),
      soci::use(from), soci::use(to);
  const std::string now = now_iso();
  for (const auto& d : days) {
    unit.sql() << "INSERT INTO place_closed_days (place_id, day, reason, created_by, created_at) "
                  "VALUES (:p, :d, :r, :u, :n)",
        soci::use(place_id), soci::use(d.day), soci::use(d.reason), soci::use(user_id), soci::use(now);
  }
}

}  // namespace polku::registry
