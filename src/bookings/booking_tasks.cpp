#include "bookings/booking_tasks.hpp"

#include "bookings/booking_access.hpp"
#include "bookings/booking_rules.hpp"

namespace polku::bookings {
namespace {

tasks::Task task_at(const char* kind, const TaskScene& s, std::string since, std::string due = {}) {
  auto t = tasks::task_about(kind, s.client_id, s.client_name, std::move(since), std::move(due));
  t.place_id = s.place_id;
  t.place_name = s.place_name;
  return t;
}

}  // namespace

bool acts_for_client(const auth::AuthContext& user, const TaskScene& s) {
  if (!can_book_for(user, s.client_organisation_id)) return false;
  return !s.own_worker_id || *s.own_worker_id == user.user_id;
}

bool acts_at_place(const auth::AuthContext& user, const TaskScene& s) {
  if (user.has_role_in(s.host_id, "manager")) return true;
  if (!user.has_role_in(s.host_id, "placement_supervisor")) return false;
  return !s.supervisor_user_id || *s.supervisor_user_id == user.user_id;
}

std::vector<tasks::Task> booking_tasks(const auth::AuthContext& user, const BookingTaskRows& rows) {
  std::vector<tasks::Task> out;
  for (const auto& a : rows.agreements) {
    for (std::string_view party : kRequiredAcknowledgements) {
      if (a.acknowledged.count(std::string(party))) continue;
      // The client's worker acknowledges for the purchaser too (the one who agreed with the client).
      const bool mine = party == "host" ? acts_at_place(user, a.scene) : acts_for_client(user, a.scene);
      if (!mine) continue;
      auto t = task_at("client_agreement_to_acknowledge", a.scene, a.created_at.substr(0, 10), a.start_date);
      t.client_agreement_id = a.id;
      t.party = std::string(party);
      out.push_back(std::move(t));
    }
  }
  for (const auto& v : rows.visits) {
    if (!acts_for_client(user, v.scene)) continue;
    auto t = task_at("visit_outcome_to_record", v.scene, v.visit_date);
    t.visit_id = v.id;
    out.push_back(std::move(t));
  }
  for (const auto& b : rows.starting) {
    if (!acts_at_place(user, b.scene)) continue;
    auto t = task_at("client_starting_at_place", b.scene, b.created_at.substr(0, 10), b.start_date);
    t.case_id = b.case_id;
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace polku::bookings
