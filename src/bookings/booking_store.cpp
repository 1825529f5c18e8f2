#include "bookings/booking_store.hpp"

#include "cases/case_participants.hpp"
#include "bookings/booking_rules.hpp"
#include "platform/core/clock.hpp"
#include "platform/db/row.hpp"
#include "registry/place_rules.hpp"
#include "registry/place_store.hpp"
#include "registry/text_lists.hpp"

namespace polku::bookings {
using registry::DateRange;
using registry::Place;
using registry::ServiceCatalogue;
using agreements::ServiceProductInput;
using registry::has_room;
using registry::load_service_catalogue;
using registry::split;
using registry::validate_place_for_case;
namespace {

constexpr const char* kSelectVisit =
    "SELECT id, place_id, client_id, visit_date, visit_time, accompanied_by, outcome, outcome_notes "
    "FROM introductory_visits WHERE id = :i";
constexpr const char* kSelectClientAgreement =
    "SELECT id, client_id, purchaser_organisation_id, place_id, provider_organisation_id, start_date, end_date, "
    "days_per_week, hours_per_day, tasks, responsible_persons, previous_id FROM client_agreements WHERE id = :i";

const std::string kSelectBooking =
    "SELECT id, place_id, client_id, case_id, start_date, end_date, created_by, created_at FROM placement_bookings";
const std::string kFindBooking = kSelectBooking + " WHERE id = :i";

Booking booking_from(const soci::row& r) {
  return {db::int_at(r, 0),
          {db::int_at(r, 1), db::int_at(r, 2), db::opt_int_at(r, 3), db::text_at(r, 4), db::text_at(r, 5)},
          db::int_at(r, 6),
          db::text_at(r, 7)};
}

long long count_of(soci::session& sql, const std::string& query, long long a) {
  long long n = 0;
  sql << query, soci::use(a, "a"), soci::into(n);
  return n;
}

bool has_valid_agreement(soci::session& sql, long long place_id, const std::string& date) {
  long long n = 0;
  std::string from = date, until = date;
  sql << "SELECT COUNT(*) FROM agreement_places ap JOIN agreements a ON a.id = ap.agreement_id "
         "WHERE ap.place_id = :p AND a.valid_from <= :f AND a.valid_until >= :u",
      soci::use(place_id, "p"), soci::use(from, "f"), soci::use(until, "u"), soci::into(n);
  return n > 0;
}

std::vector<DateRange> ranges_of(soci::session& sql, long long place_id) {
  std::vector<DateRange> out;
  soci::rowset<soci::row> rows =
      (sql.prepare << "SELECT start_date, end_date FROM placement_bookings WHERE place_id = :p", soci::use(place_id));
  for (const auto& r : rows) out.push_back({db::text_at(r, 0), db::text_at(r, 1)});
  return out;
}

// What the case rules need of a place: its service types and its host's type.
std::optional<Place> place_offer(soci::session& sql, long long place_id) {
  soci::rowset<soci::row> rows =
      (sql.prepare << "SELECT p.service_types, COALESCE(h.host_type, '') FROM places p "
                      "LEFT JOIN host_profiles h ON h.organisation_id = p.host_organisation_id WHERE p.id = :i",
       soci::use(place_id));
  for (const auto& r : rows) {
    Place p;
    p.id = place_id;
    p.data.service_types = split(db::text_at(r, 0), ',');
    p.host_type = db::text_at(r, 1);
    return p;
  }
  return std::nullopt;
}

// The case a client agreement is for: the client's latest open case of a type the place offers.
// An agreement carries no case of its own; a client with open cases but none the place fits is refused.
Result<std::optional<CaseTerms>> case_terms_of(soci::session& sql, const ClientAgreementInput& in,
                                               const ServiceCatalogue& catalogue) {
  auto place = place_offer(sql, in.place_id);
  if (!place) return Error::invalid({{"placeId", "reference_missing"}});
  std::optional<long long> case_id;
  CaseTerms terms;
  bool any_open = false;
  {
    soci::rowset<soci::row> rows =
        (sql.prepare << "SELECT id, service_type FROM cases WHERE client_id = :c AND stage <> 'closed' "
                        "ORDER BY id DESC",
         soci::use(in.client_id));
    for (const auto& r : rows) {
      any_open = true;
      if (!case_id && validate_place_for_case(*place, db::text_at(r, 1), catalogue).empty()) {
        case_id = db::int_at(r, 0);
        terms.service_type = db::text_at(r, 1);
      }
    }
  }
  if (!case_id) {
    if (any_open) return Error::invalid({{"placeId", "service_type_not_offered"}});
    return std::optional<CaseTerms>{};
  }
  if (in.provider_organisation_id) {
    soci::rowset<soci::row> rows =
        (sql.prepare << "SELECT sp.days_min, sp.days_max, sp.hours_min, sp.hours_max FROM service_orders so "
                        "JOIN service_products sp ON sp.id = so.product_id WHERE so.case_id = :c "
                        "AND so.status = 'accepted' AND sp.provider_organisation_id = :p ORDER BY so.id DESC",
         soci::use(*case_id, "c"), soci::use(*in.provider_organisation_id, "p"));
    for (const auto& r : rows) {
      ServiceProductInput product;
      product.days_min = static_cast<int>(db::int_at(r, 0));
      product.days_max = static_cast<int>(db::int_at(r, 1));
      product.hours_min = static_cast<int>(db::int_at(r, 2));
      product.hours_max = static_cast<int>(db::int_at(r, 3));
      terms.product = product;
      break;
    }
  }
  soci::rowset<soci::row> decisions =
      (sql.prepare << "SELECT days_per_week_max, hours_per_day_max FROM decisions WHERE case_id = :c "
                      "AND status = 'signed' ORDER BY start_date DESC, id DESC",
       soci::use(*case_id));
  for (const auto& r : decisions) {
    terms.decision_days_max = static_cast<int>(db::int_at(r, 0));
    terms.decision_hours_max = static_cast<int>(db::int_at(r, 1));
    break;
  }
  return std::optional<CaseTerms>{terms};
}

ClientAgreement client_agreement_from(const soci::row& r) {
  ClientAgreement a;
  a.id = db::int_at(r, 0);
  auto& d = a.data;
  d.client_id = db::int_at(r, 1);
  d.purchaser_organisation_id = db::int_at(r, 2);
  d.place_id = db::int_at(r, 3);
  d.provider_organisation_id = db::opt_int_at(r, 4);
  d.start_date = db::text_at(r, 5);
  d.end_date = db::text_at(r, 6);
  d.days_per_week = static_cast<int>(db::int_at(r, 7));
  d.hours_per_day = static_cast<int>(db::int_at(r, 8));
  d.tasks = db::text_at(r, 9);
  d.responsible_persons = db::text_at(r, 10);
  a.previous_id = db::opt_int_at(r, 11);
  return a;
}

Result<long long> insert_client_agreement(soci::session& sql, const ClientAgreementInput& in,
                                          std::optional<long long> previous_id, const ServiceCatalogue& catalogue) {
  if (count_of(sql, "SELECT COUNT(*) FROM clients WHERE id = :a", in.client_id) == 0) {
    return Error::invalid({{"clientId", "reference_missing"}});
  }
  auto terms = case_terms_of(sql, in, catalogue);
  if (!terms) return terms.error();
  if (*terms) {
    if (auto errors = validate_agreement_terms(in, **terms, catalogue); !errors.empty()) {
      return Error::invalid(std::move(errors));
    }
  }
  long long id = 0;
  long long provider = in.provider_organisation_id.value_or(0);
  soci::indicator provider_ind = in.provider_organisation_id ? soci::i_ok : soci::i_null;
  long long previous = previous_id.value_or(0);
  soci::indicator previous_ind = previous_id ? soci::i_ok : soci::i_null;
  const std::string now = now_iso();
  sql << "INSERT INTO client_agreements (client_id, purchaser_organisation_id, place_id, provider_organisation_id, "
         "start_date, end_date, days_per_week, hours_per_day, tasks, responsible_persons, previous_id, created_at) "
         "VALUES (:c, :p, :pl, :pr, :s, :e, :d, :h, :t, :r, :pv, :ca) RETURNING id",
      soci::use(in.client_id), soci::use(in.purchaser_organisation_id), soci::use(in.place_id),
      soci::use(provider, provider_ind), soci::use(in.start_date), soci::use(in.end_date),
      soci::use(in.days_per_week), soci::use(in.hours_per_day), soci::use(in.tasks),
      soci::use(in.responsible_persons), soci::use(previous, previous_ind), soci::use(now), soci::into(id);
  return id;
}

}  // namespace

std::optional<long long> BookingStore::client_organisation(long long client_id) {
  return db_.read([&](soci::session& sql) -> std::optional<long long> {
    long long org = 0;
    sql << "SELECT organisation_id FROM clients WHERE id = :i", soci::use(client_id), soci::into(org);
    if (!sql.got_data()) return std::nullopt;
    return org;
  });
}

Result<Booking> BookingStore::book(const BookingInput& in, long long user_id) {
  auto errors = validate_booking(in);
  if (!errors.empty()) return Error::invalid(std::move(errors));
  const std::string for_update = db_.for_update();
  const auto catalogue = load_service_catalogue(db_);
  return db_.write([&](soci::session& sql) -> Result<Booking> {
    // The place row's lock (PostgreSQL) or the write lock (SQLite) makes the
    // count and the insert one step: concurrent bookers queue here.
    int capacity = 0;
    std::string status;
    long long host_id = 0;
    sql << "SELECT capacity, status, host_organisation_id FROM places WHERE id = :i" + for_update,
        soci::use(in.place_id), soci::into(capacity), soci::into(status), soci::into(host_id);
    if (!sql.got_data()) return Error::invalid({{"placeId", "reference_missing"}});
    long long purchaser_id = 0;
    sql << "SELECT organisation_id FROM clients WHERE id = :i", soci::use(in.client_id), soci::into(purchaser_id);
    if (!sql.got_data()) return Error::invalid({{"clientId", "reference_missing"}});
    if (in.case_id) {
      auto c = cases::find_case_ref(sql, *in.case_id);
      if (!c || c->client_id != in.client_id) return Error::invalid({{"caseId", "reference_missing"}});
      if (auto misfit = validate_place_for_case(*place_offer(sql, in.place_id), c->service_type, catalogue);
          !misfit.empty()) {
        return Error::invalid(std::move(misfit));
      }
    }
    if (status != "open") return Error::make(ErrorCode::kConflict, "place_not_open");
    if (needs_agreement_between_organisations(host_id, purchaser_id) &&
        !has_valid_agreement(sql, in.place_id, in.start_date)) {
      return Error::invalid({{"placeId", "no_valid_agreement"}});
    }
    if (!has_room(ranges_of(sql, in.place_id), {in.start_date, in.end_date}, capacity)) {
      return Error::make(ErrorCode::kConflict, "place_full");
    }
    Booking b{0, in, user_id, now_iso()};
    long long case_id = in.case_id.value_or(0);
    soci::indicator case_ind = in.case_id ? soci::i_ok : soci::i_null;
    sql << "INSERT INTO placement_bookings (place_id, client_id, case_id, start_date, end_date, created_by, "
           "created_at) VALUES (:p, :c, :k, :s, :e, :u, :a) RETURNING id",
        soci::use(in.place_id), soci::use(in.client_id), soci::use(case_id, case_ind), soci::use(in.start_date),
        soci::use(in.end_date), soci::use(user_id), soci::use(b.created_at), soci::into(b.id);
    return b;
  });
}

std::vector<Booking> BookingStore::bookings_of_place(long long place_id) {
  return db_.read([&](soci::session& sql) {
    std::vector<Booking> out;
    soci::rowset<soci::row> rows = (sql.prepare << kSelectBooking + " WHERE place_id = :p ORDER BY start_date, id",
                                    soci::use(place_id));
    for (const auto& r : rows) out.push_back(booking_from(r));
    return out;
  });
}

std::vector<Booking> BookingStore::bookings_of_client(long long client_id) {
  return db_.read([&](soci::session& sql) {
    std::vector<Booking> out;
    soci::rowset<soci::row> rows = (sql.prepare << kSelectBooking + " WHERE client_id = :c ORDER BY start_date, id",
                                    soci::use(client_id));
    for (const auto& r : rows) out.push_back(booking_from(r));
    return out;
  });
}

std::optional<Booking> BookingStore::find_booking(long long id) {
  return db_.read([&](soci::session& sql) -> std::optional<Booking> {
    soci::rowset<soci::row> rows = (sql.prepare << kFindBooking, soci::use(id));
    for (const auto& r : rows) return booking_from(r);
    return std::nullopt;
  });
}

Result<Booking> BookingStore::end_booking(long long id, const std::string& end_date) {
  auto booking = find_booking(id);
  if (!booking) return Error::make(ErrorCode::kNotFound, "not_found");
  auto changed = booking->data;
  changed.end_date = end_date;
  auto errors = validate_booking(changed);
  if (end_date.empty()) errors.push_back({"endDate", "required"});
  if (!booking->data.end_date.empty() && end_date > booking->data.end_date) {
    errors.push_back({"endDate", "out_of_range"});  // extending could overfill: book anew instead
  }
  if (!errors.empty()) return Error::invalid(std::move(errors));
  db_.write([&](soci::session& sql) {
    sql << "UPDATE placement_bookings SET end_date = :e WHERE id = :i", soci::use(end_date), soci::use(id);
  });
  return *find_booking(id);
}

Result<Visit> BookingStore::create_visit(const VisitInput& in) {
  auto errors = validate_visit(in);
  if (!errors.empty()) return Error::invalid(std::move(errors));
  auto id = db_.write([&](soci::session& sql) -> Result<long long> {
    if (count_of(sql, "SELECT COUNT(*) FROM places WHERE id = :a", in.place_id) == 0) {
      return Error::invalid({{"placeId", "reference_missing"}});
    }
    if (count_of(sql, "SELECT COUNT(*) FROM clients WHERE id = :a", in.client_id) == 0) {
      return Error::invalid({{"clientId", "reference_missing"}});
    }
    long long new_id = 0;
    const std::string now = now_iso();
    sql << "INSERT INTO introductory_visits (place_id, client_id, visit_date, visit_time, accompanied_by, outcome, "
           "outcome_notes, created_at) VALUES (:p, :c, :d, :t, :a, :o, :n, :ca) RETURNING id",
        soci::use(in.place_id), soci::use(in.client_id), soci::use(in.visit_date), soci::use(in.visit_time),
        soci::use(in.accompanied_by), soci::use(in.outcome), soci::use(in.outcome_notes), soci::use(now),
        soci::into(new_id);
    return new_id;
  });
  if (!id) return id.error();
  return *find_visit(*id);
}

Result<Visit> BookingStore::set_visit_outcome(long long id, const std::string& outcome, const std::string& notes) {
  auto visit = find_visit(id);
  if (!visit) return Error::make(ErrorCode::kNotFound, "not_found");
  visit->data.outcome = outcome;
  visit->data.outcome_notes = notes;
  auto errors = validate_visit(visit->data);
  if (!errors.empty()) return Error::invalid(std::move(errors));
  db_.write([&](soci::session& sql) {
    sql << "UPDATE introductory_visits SET outcome = :o, outcome_notes = :n WHERE id = :i", soci::use(outcome),
        soci::use(notes), soci::use(id);
  });
  return *visit;
}

std::optional<Visit> BookingStore::find_visit(long long id) {
  return db_.read([&](soci::session& sql) -> std::optional<Visit> {
    soci::rowset<soci::row> rows = (sql.prepare << kSelectVisit, soci::use(id));
    for (const auto& r : rows) {
      return Visit{db::int_at(r, 0),
                   {db::int_at(r, 1), db::int_at(r, 2), db::text_at(r, 3), db::text_at(r, 4), db::text_at(r, 5),
                    db::text_at(r, 6), db::text_at(r, 7)}};
    }
    return std::nullopt;
  });
}

std::vector<Visit> BookingStore::visits_of_client(long long client_id) {
  std::vector<long long> ids;
  db_.read([&](soci::session& sql) {
    soci::rowset<soci::row> rows =
        (sql.prepare << "SELECT id FROM introductory_visits WHERE client_id = :c ORDER BY visit_date, visit_time, id",
         soci::use(client_id));
    for (const auto& r : rows) ids.push_back(db::int_at(r, 0));
  });
  std::vector<Visit> out;
  for (long long id : ids) {
    if (auto v = find_visit(id)) out.push_back(std::move(*v));
  }
  return out;
}

Result<ClientAgreement> BookingStore::create_client_agreement(const ClientAgreementInput& in) {
  auto errors = validate_client_agreement(in);
  if (!errors.empty()) return Error::invalid(std::move(errors));
  const auto catalogue = load_service_catalogue(db_);
  auto id = db_.write([&](soci::session& sql) { return insert_client_agreement(sql, in, std::nullopt, catalogue); });
  if (!id) return id.error();
  return *find_client_agreement(*id);
}

Result<ClientAgreement> BookingStore::continue_client_agreement(long long previous_id, const ContinuationInput& c) {
  auto previous = find_client_agreement(previous_id);
  if (!previous) return Error::make(ErrorCode::kNotFound, "not_found");
  if (previous->next_id) return Error::make(ErrorCode::kConflict, "already_continued");
  ClientAgreementInput in = previous->data;
  in.start_date = add_days(previous->data.end_date, 1);
  in.end_date = c.end_date;
  if (c.days_per_week) in.days_per_week = *c.days_per_week;
  if (c.hours_per_day) in.hours_per_day = *c.hours_per_day;
  if (c.tasks) in.tasks = *c.tasks;
  auto errors = validate_client_agreement(in);
  if (!errors.empty()) return Error::invalid(std::move(errors));
  const std::string for_update = db_.for_update();
  const auto catalogue = load_service_catalogue(db_);
  auto id = db_.write([&](soci::session& sql) -> Result<long long> {
    // Checked again under the previous agreement's row lock (PostgreSQL) or the write lock (SQLite):
    // two workers continuing at once make one continuation.
    long long locked = 0;
    sql << "SELECT id FROM client_agreements WHERE id = :i" + for_update, soci::use(previous_id), soci::into(locked);
    if (count_of(sql, "SELECT COUNT(*) FROM client_agreements WHERE previous_id = :a", previous_id) > 0) {
      return Error::make(ErrorCode::kConflict, "already_continued");
    }
    return insert_client_agreement(sql, in, previous_id, catalogue);
  });
  if (!id) return id.error();
  return *find_client_agreement(*id);
}

std::optional<ClientAgreement> BookingStore::find_client_agreement(long long id) {
  return db_.read([&](soci::session& sql) -> std::optional<ClientAgreement> {
    std::optional<ClientAgreement> out;
    {
      soci::rowset<soci::row> rows = (sql.prepare << kSelectClientAgreement, soci::use(id));
      for (const auto& r : rows) out = client_agreement_from(r);
    }
    if (!out) return out;
    {
      soci::rowset<soci::row> next =
          (sql.prepare << "SELECT id FROM client_agreements WHERE previous_id = :i ORDER BY id", soci::use(id));
      for (const auto& r : next) out->next_id = db::int_at(r, 0);
    }
    soci::rowset<soci::row> acks =
        (sql.prepare << "SELECT party, user_id, name, acknowledged_at FROM client_agreement_acknowledgements "
                        "WHERE client_agreement_id = :i ORDER BY acknowledged_at, party",
         soci::use(id));
    for (const auto& r : acks) {
      out->acknowledgements.push_back({db::text_at(r, 0), db::int_at(r, 1), db::text_at(r, 2), db::text_at(r, 3)});
    }
    return out;
  });
}

std::vector<ClientAgreement> BookingStore::client_agreements_of_client(long long client_id) {
  std::vector<long long> ids;
  db_.read([&](soci::session& sql) {
    soci::rowset<soci::row> rows =
        (sql.prepare << "SELECT id FROM client_agreements WHERE client_id = :c ORDER BY start_date, id",
         soci::use(client_id));
    for (const auto& r : rows) ids.push_back(db::int_at(r, 0));
  });
  std::vector<ClientAgreement> out;
  for (long long id : ids) {
    if (auto a = find_client_agreement(id)) out.push_back(std::move(*a));
  }
  return out;
}

Result<ClientAgreement> BookingStore::acknowledge(long long id, const Acknowledgement& ack) {
  if (!is_party(ack.party)) return Error::invalid({{"party", "invalid_choice"}});
  if (ack.name.empty()) return Error::invalid({{"name", "required"}});
  try {
    db_.write([&](soci::session& sql) {
      const std::string now = now_iso();
      sql << "INSERT INTO client_agreement_acknowledgements (client_agreement_id, party, user_id, name, "
             "acknowledged_at) VALUES (:i, :p, :u, :n, :a)",
          soci::use(id), soci::use(ack.party), soci::use(ack.user_id), soci::use(ack.name), soci::use(now);
    });
  } catch (const soci::soci_error& e) {
    if (db::is_unique_violation(e)) return Error::make(ErrorCode::kConflict, "already_acknowledged");
    throw;
  }
  return *find_client_agreement(id);
}

}  // namespace polku::bookings
