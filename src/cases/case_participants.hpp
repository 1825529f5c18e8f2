// The cases module's side of a service order: what an order needs to know of
// its case, and the provider and coach who join the case when the order is
// accepted. Other modules call these inside their own transaction, so the
// answer and the participant are written together or not at all.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "cases/case.hpp"
#include "platform/core/error.hpp"
#include "platform/db/database.hpp"
#include "platform/work/unit_of_work.hpp"

namespace polku::cases {

struct CaseRef {
  long long id = 0;
  long long client_id = 0;
  long long organisation_id = 0;
  std::string service_type;
  std::string stage;
};

std::optional<CaseRef> find_case_ref(soci::session& sql, long long case_id);
// The client's cases that are not closed, newest first.
std::vector<CaseRef> open_cases_of_client(soci::session& sql, long long client_id);

// The provider joins the case with its coach (a provider already in the case
// gets the new coach); the case's version moves on and its timeline tells it.
std::optional<Error> add_participant(work::UnitOfWork& unit, long long case_id, long long provider_organisation_id,
                                     long long coach_user_id);

std::vector<Participant> participants_of(soci::session& sql, long long case_id);

}  // namespace polku::cases
