// The bookings' items on the task list (pure):
// - a client agreement in force that a party has not acknowledged waits for that party:
//   the client's own worker, on the client's behalf and for the purchaser (any of the
//   purchaser's workers when the client has none), the host's manager or the place's supervisor;
// - an introductory visit whose day has passed without an outcome waits for the client's worker;
// - a client starting at a place within kStartingDays is shown to the host (manager, supervisor).
#pragma once
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "platform/auth/auth_context.hpp"
#include "tasks/port.hpp"

namespace polku::bookings {

inline constexpr int kStartingDays = 14;

// Where a task happens: the client, and the place with its host and named supervisor.
struct TaskScene {
  long long client_id = 0;
  std::string client_name;
  long long client_organisation_id = 0;
  std::optional<long long> own_worker_id;
  long long place_id = 0;
  std::string place_name;
  long long host_id = 0;
  std::optional<long long> supervisor_user_id;
};

struct AgreementAwaiting {
  long long id = 0;
  TaskScene scene;
  long long purchaser_id = 0;
  std::string created_at;
  std::string start_date;
  std::set<std::string> acknowledged;  // parties
};

struct VisitAwaiting {
  long long id = 0;
  TaskScene scene;
  std::string visit_date;
};

struct BookingStarting {
  long long id = 0;
  TaskScene scene;
  std::optional<long long> case_id;
  std::string start_date;
  std::string created_at;
};

// Who the parties of a client agreement are, by name, for a case to say whom it waits for.
struct AgreementParties {
  std::string client_name;
  std::string purchaser_name;
  std::string own_worker_name;  // '' when the client has none
  std::string host_name;
  std::string supervisor_name;  // the place's, '' when none is named
  // What the printed agreement names besides: the provider ('' when none), the place, who hears of absences.
  std::string provider_name;
  std::string place_name;
  std::string place_address;
  std::string supervisor_phone;
  std::string purchaser_logo_png;    // '' for none
  std::optional<long long> case_id;  // the case a booking of the client at the place is for, when there is one
};

struct BookingTaskRows {
  std::vector<AgreementAwaiting> agreements;
  std::vector<VisitAwaiting> visits;
  std::vector<BookingStarting> starting;
};

// Acts for the client: their own worker, or any of the purchaser's workers when they have none.
bool acts_for_client(const auth::AuthContext& user, const TaskScene& s);
// Acts for the host at this place: its manager, or its supervisor (the named one, when named).
bool acts_at_place(const auth::AuthContext& user, const TaskScene& s);

std::vector<tasks::Task> booking_tasks(const auth::AuthContext& user, const BookingTaskRows& rows);

}  // namespace polku::bookings
