#include "meetings/meeting_store.hpp"

#include <map>

#include "platform/core/clock.hpp"
#include "platform/db/row.hpp"

namespace polku::meetings {
namespace {

const std::string kSelect =
    "SELECT m.id, m.case_id, m.client_id, cl.first_names || ' ' || cl.last_name, m.starts_at, m.minutes, m.location, "
    "m.agenda, m.state, m.sequence, m.notes, COALESCE(m.next_meeting_on, ''), m.cancel_reason, m.version, "
    "m.organizer_id, COALESCE(o.display_name, ''), COALESCE(o.email, ''), m.created_at, m.updated_at "
    "FROM meetings m JOIN clients_view cl ON cl.id = m.client_id LEFT JOIN users_view o ON o.id = m.organizer_id ";

Meeting meeting_from(const soci::row& r) {
  db::Cursor k(r);
  Meeting m;
  m.id = k.id();
  m.case_id = k.id();
  m.client_id = k.id();
  m.client_name = k.text();
  m.data.starts_at = k.text();
  m.data.minutes = k.number();
  m.data.location = k.text();
  m.data.agenda = k.text();
  m.state = k.text();
  m.sequence = k.number();
  m.notes = k.text();
  m.next_meeting_on = k.text();
  m.cancel_reason = k.text();
  m.version = k.number();
  m.organizer_id = k.id();
  m.organizer_name = k.text();
  m.organizer_email = k.text();
  m.created_at = k.text();
  m.updated_at = k.text();
  return m;
}

// The meetings `where` selects, each with its participants (one more query for all of them).
template <typename Bind>
std::vector<Meeting> meetings_in(soci::session& sql, const std::string& where, Bind&& bind) {
  std::vector<Meeting> out;
  db::each_row(sql, kSelect + where, bind, [&](const soci::row& r) { out.push_back(meeting_from(r)); });
  if (out.empty()) return out;
  std::vector<long long> ids;
  std::map<long long, std::size_t> at;
  for (std::size_t i = 0; i < out.size(); ++i) {
    ids.push_back(out[i].id);
    at[out[i].id] = i;
  }
  db::each_row(
      sql,
      "SELECT meeting_id, id, role, user_id, name, email, attended FROM meeting_participants WHERE meeting_id IN (" +
          db::placeholders("p", ids.size()) + ") ORDER BY id",
      [&](soci::statement& st) { db::bind_list(st, ids, "p"); },
      [&](const soci::row& r) {
        db::Cursor k(r);
        const long long meeting = k.id();
        Participant p;
        p.id = k.id();
        p.role = k.text();
        p.user_id = k.opt_id();
        p.name = k.text();
        p.email = k.text();
        if (auto attended = k.opt_id()) p.attended = *attended != 0;
        out[at[meeting]].data.participants.push_back(std::move(p));
      });
  return out;
}

std::optional<Meeting> find_in(soci::session& sql, long long id) {
  auto found = meetings_in(sql, "WHERE m.id = :i", [&](soci::statement& st) { st.exchange(soci::use(id, "i")); });
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

long long affected(soci::statement& st) {
  st.execute(true);
  return st.get_affected_rows();
}

}  // namespace

std::vector<Meeting> MeetingStore::of_case(long long case_id) {
  return db_.read([&](soci::session& sql) {
    return meetings_in(sql, "WHERE m.case_id = :c ORDER BY m.starts_at DESC, m.id DESC",
                       [&](soci::statement& st) { st.exchange(soci::use(case_id, "c")); });
  });
}

std::optional<Meeting> MeetingStore::find(long long id) {
  return db_.read([&](soci::session& sql) { return find_in(sql, id); });
}

std::optional<Meeting> MeetingStore::find(work::UnitOfWork& unit, long long id) { return find_in(unit.sql(), id); }

std::vector<Meeting> MeetingStore::followed(long long user_id) {
  return db_.read([&](soci::session& sql) {
    return meetings_in(sql,
                       "JOIN cases_view c ON c.id = m.case_id WHERE c.stage <> 'closed' AND (cl.own_worker_id = :u "
                       "OR EXISTS (SELECT 1 FROM case_participants_view p WHERE p.case_id = m.case_id "
                       "AND p.coach_user_id = :u2)) ORDER BY m.case_id, m.starts_at",
                       [&](soci::statement& st) {
                         st.exchange(soci::use(user_id, "u"));
                         st.exchange(soci::use(user_id, "u2"));
                       });
  });
}

std::vector<Candidate> MeetingStore::candidates(long long case_id) {
  return db_.read([&](soci::session& sql) {
    std::vector<Candidate> out;
    auto add = [&](const char* role, const std::string& text) {
      db::each_row(
          sql, text, [&](soci::statement& st) { st.exchange(soci::use(case_id, "c")); },
          [&](const soci::row& r) {
            db::Cursor k(r);
            Candidate c{role, k.opt_id(), k.text(), k.text(), k.text()};
            for (const auto& seen : out) {
              if (seen.role == c.role && seen.user_id == c.user_id) return;
            }
            out.push_back(std::move(c));
          });
    };
    add("client",
        "SELECT CAST(NULL AS BIGINT), cl.first_names || ' ' || cl.last_name, cl.email, cl.preferred_language FROM "
        "cases_view c "
        "JOIN clients_view cl ON cl.id = c.client_id WHERE c.id = :c");
    add("own_worker",
        "SELECT u.id, u.display_name, u.email, u.language FROM cases_view c JOIN clients_view cl ON cl.id = "
        "c.client_id "
        "JOIN users_view u ON u.id = cl.own_worker_id WHERE c.id = :c AND u.active = 1");
    add("coach",
        "SELECT u.id, u.display_name, u.email, u.language FROM case_participants_view p JOIN users_view u ON u.id = "
        "p.coach_user_id "
        "WHERE p.case_id = :c AND u.active = 1 ORDER BY u.display_name");
    add("supervisor",
        "SELECT u.id, u.display_name, u.email, u.language FROM bookings_view b JOIN places_view pl ON pl.id = "
        "b.place_id "
        "JOIN users_view u ON u.id = pl.supervisor_user_id WHERE b.case_id = :c AND u.active = 1 "
        "ORDER BY u.display_name");
    return out;
  });
}

std::string MeetingStore::email_of(long long user_id) {
  return db_.read([&](soci::session& sql) {
    std::string email;
    soci::indicator ind = soci::i_null;
    sql << "SELECT email FROM users_view WHERE id = :i", soci::use(user_id), soci::into(email, ind);
    return ind == soci::i_ok ? email : std::string();
  });
}

void MeetingStore::insert_participants(work::UnitOfWork& unit, long long meeting_id,
                                       const std::vector<Participant>& list) {
  for (const auto& p : list) {
    long long user = p.user_id.value_or(0);
    soci::indicator user_ind = p.user_id ? soci::i_ok : soci::i_null;
    unit.sql() << "INSERT INTO meeting_participants (meeting_id, role, user_id, name, email) "
                  "VALUES (:m, :r, :u, :n, :e)",
        soci::use(meeting_id), soci::use(p.role), soci::use(user, user_ind), soci::use(p.name), soci::use(p.email);
  }
}

long long MeetingStore::insert(work::UnitOfWork& unit, long long case_id, long long client_id, const MeetingInput& in,
                               long long user_id) {
  const std::string now = now_iso();
  long long id = 0;
  unit.sql() << "INSERT INTO meetings (case_id, client_id, starts_at, minutes, location, agenda, organizer_id, "
                "created_at, updated_by, updated_at) VALUES (:c, :l, :s, :m, :p, :a, :o, :n, :u, :n2) RETURNING id",
      soci::use(case_id), soci::use(client_id), soci::use(in.starts_at), soci::use(in.minutes), soci::use(in.location),
      soci::use(in.agenda), soci::use(user_id), soci::use(now), soci::use(user_id), soci::use(now), soci::into(id);
  insert_participants(unit, id, in.participants);
  unit.wrote_client_data(client_id);
  return id;
}

bool MeetingStore::update(work::UnitOfWork& unit, const Meeting& m, const MeetingInput& in, long long user_id) {
  const std::string now = now_iso();
  soci::statement st =
      (unit.sql().prepare << "UPDATE meetings SET starts_at = :s, minutes = :m, location = :p, agenda = :a, "
                             "sequence = sequence + 1, version = version + 1, updated_by = :u, updated_at = :n "
                             "WHERE id = :i AND version = :v AND state = 'scheduled'",
       soci::use(in.starts_at), soci::use(in.minutes), soci::use(in.location), soci::use(in.agenda), soci::use(user_id),
       soci::use(now), soci::use(m.id), soci::use(m.version));
  if (affected(st) != 1) return false;
  unit.sql() << "DELETE FROM meeting_participants WHERE meeting_id = :m", soci::use(m.id);
  insert_participants(unit, m.id, in.participants);
  unit.wrote_client_data(m.client_id);
  return true;
}

bool MeetingStore::record(work::UnitOfWork& unit, const Meeting& m, const RecordInput& in, long long user_id) {
  const std::string now = now_iso();
  std::string next = in.next_meeting_on;
  soci::indicator next_ind = next.empty() ? soci::i_null : soci::i_ok;
  soci::statement st = (unit.sql().prepare << "UPDATE meetings SET state = 'held', notes = :t, next_meeting_on = :x, "
                                              "version = version + 1, updated_by = :u, updated_at = :n "
                                              "WHERE id = :i AND version = :v AND state = 'scheduled'",
                        soci::use(in.notes), soci::use(next, next_ind), soci::use(user_id), soci::use(now),
                        soci::use(m.id), soci::use(m.version));
  if (affected(st) != 1) return false;
  for (const auto& p : m.data.participants) {
    int attended = 0;
    for (long long id : in.attended) attended = attended || id == p.id;
    unit.sql() << "UPDATE meeting_participants SET attended = :a WHERE id = :i", soci::use(attended), soci::use(p.id);
  }
  unit.wrote_client_data(m.client_id);
  return true;
}

bool MeetingStore::cancel(work::UnitOfWork& unit, const Meeting& m, const std::string& reason, long long user_id) {
  const std::string now = now_iso();
  soci::statement st =
      (unit.sql().prepare << "UPDATE meetings SET state = 'cancelled', cancel_reason = :r, sequence = sequence + 1, "
                             "version = version + 1, updated_by = :u, updated_at = :n "
                             "WHERE id = :i AND version = :v AND state = 'scheduled'",
       soci::use(reason), soci::use(user_id), soci::use(now), soci::use(m.id), soci::use(m.version));
  if (affected(st) != 1) return false;
  unit.wrote_client_data(m.client_id);
  return true;
}

void MeetingStore::erase_client(work::UnitOfWork& unit, long long client_id) {
  retention::erase_rows(
      unit, client_id,
      {"DELETE FROM meeting_participants WHERE meeting_id IN (SELECT id FROM meetings WHERE client_id = :c)",
       "DELETE FROM meetings WHERE client_id = :c"});
}

}  // namespace polku::meetings
