#include "bookings/booking_service.hpp"

#include <map>

#include "bookings/booking_access.hpp"
#include "bookings/booking_rules.hpp"
#include "bookings/client_agreement_document.hpp"
#include "cases/case_participants.hpp"
#include "decisions/decision_store.hpp"
#include "platform/i18n/messages.hpp"
#include "registry/place_rules.hpp"
#include "registry/registry_access.hpp"

namespace polku::bookings {

namespace {
// The kind of the agreement as kept on the case (the forms' own "client_agreement" kind names a filled form).
constexpr const char* kAgreementDocument = "placement_agreement";
}  // namespace
namespace {

Error stale() { return Error::make(ErrorCode::kConflict, "stale_version"); }

}  // namespace

template <typename Item>
std::vector<Item> BookingService::seen_at_place(const work::Caller& caller, std::vector<Item> items, long long host_id,
                                                const char* detail) {
  std::map<long long, std::optional<long long>> organisation_of;  // a client's organisation read once
  std::vector<Item> seen;
  for (auto& item : items) {
    const long long client_id = item.data.client_id;
    if (!registry::sees_host_places(caller.user, host_id)) {
      auto known = organisation_of.find(client_id);
      if (known == organisation_of.end())
        known = organisation_of.emplace(client_id, ports_.clients.organisation_of(client_id)).first;
      if (!sees_client_at_place(caller.user, known->second, host_id)) continue;
    }
    caller.accessed(client_id, "list", detail);
    seen.push_back(std::move(item));
  }
  return seen;
}

Result<long long> BookingService::acting_for(const work::Caller& caller, long long client_id, const char* detail,
                                             bool refused_is_404) {
  auto org = ports_.clients.organisation_of(client_id);
  if (!org) return refused_is_404 ? Error::not_found() : Error::forbidden();
  if (!can_book_for(caller.user, *org)) {
    caller.refused(client_id, detail);
    return refused_is_404 ? Error::not_found() : Error::forbidden();  // a read does not reveal the client
  }
  return *org;
}

Result<Booking> BookingService::book(const work::Caller& caller, const BookingInput& in) {
  auto org = acting_for(caller, in.client_id, "placement-booking", false);
  if (!org) return org.error();
  if (auto errors = validate_booking(in); !errors.empty()) return Error::invalid(std::move(errors));
  const auto catalogue = ports_.registry.catalogue();
  return transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<Booking> {
    // The place's lock (PostgreSQL) or the write lock (SQLite) makes the count and the insert
    // one step: concurrent bookers queue here.
    auto place = ports_.registry.lock_place(unit, in.place_id);
    if (!place) return Error::invalid({{"placeId", "reference_missing"}});
    if (in.case_id) {
      auto c = cases::find_case_ref(unit.sql(), *in.case_id);
      if (!c || c->client_id != in.client_id) return Error::invalid({{"caseId", "reference_missing"}});
      if (auto misfit = registry::validate_place_for_case(*place, c->service_type, catalogue); !misfit.empty()) {
        return Error::invalid(std::move(misfit));
      }
    }
    if (place->data.status != "open") return Error::make(ErrorCode::kConflict, "place_not_open");
    if (needs_agreement_between_organisations(place->host_organisation_id, *org) &&
        !ports_.agreements.covers_place_on(unit, in.place_id, in.start_date)) {
      return Error::invalid({{"placeId", "no_valid_agreement"}});
    }
    if (!registry::has_room(store_.booked_ranges(unit, in.place_id), {in.start_date, in.end_date},
                            place->data.capacity)) {
      return Error::make(ErrorCode::kConflict, "place_full");
    }
    auto booking = store_.insert_booking(unit, in, caller.actor.user_id);
    unit.audit(in.client_id, "create", "placement-booking");
    return booking;
  });
}

Result<std::vector<Booking>> BookingService::bookings_of_client(const work::Caller& caller,
                                                                std::optional<long long> client_id) {
  if (!client_id) return Error::not_found();
  if (auto org = acting_for(caller, *client_id, "placement-booking", true); !org) return org.error();
  auto found = store_.bookings_of_client(*client_id);
  caller.accessed(*client_id, "list", "placement-booking");
  return found;
}

Result<std::vector<Booking>> BookingService::bookings_of_place(const work::Caller& caller, long long place_id) {
  auto place = ports_.registry.find_place(place_id);
  if (!place || !registry::can_read_place(caller.user, ports_.registry.purchaser_ids(), place->host_organisation_id)) {
    return Error::not_found();
  }
  return seen_at_place(caller, store_.bookings_of_place(place_id), place->host_organisation_id, "placement-booking");
}

Result<std::vector<Visit>> BookingService::visits_at_place(const work::Caller& caller, long long place_id) {
  auto place = ports_.registry.find_place(place_id);
  if (!place || !registry::can_read_place(caller.user, ports_.registry.purchaser_ids(), place->host_organisation_id)) {
    return Error::not_found();
  }
  return seen_at_place(caller, store_.visits_at_place(place_id), place->host_organisation_id, "introductory-visit");
}

Result<Booking> BookingService::end_booking(const work::Caller& caller, long long id, const std::string& end_date,
                                            std::optional<long long> version) {
  auto booking = store_.find_booking(id);
  if (!booking) return Error::not_found();
  if (auto org = acting_for(caller, booking->data.client_id, "placement-booking", true); !org) return org.error();
  auto changed = booking->data;
  changed.end_date = end_date;
  auto errors = validate_booking(changed);
  if (end_date.empty()) errors.push_back({"endDate", "required"});
  if (!booking->data.end_date.empty() && end_date > booking->data.end_date) {
    errors.push_back({"endDate", "out_of_range"});  // extending could overfill: book anew instead
  }
  if (!version) errors.push_back({"version", "required"});
  if (!errors.empty()) return Error::invalid(std::move(errors));
  auto done = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<Unit> {
    auto before = store_.find_booking(unit, id);
    if (!before) return Error::not_found();
    if (before->version != *version || !store_.end_booking(unit, *before, *version, end_date)) return stale();
    unit.audit(before->data.client_id, "update", "placement-booking");
    return Unit{};
  });
  if (!done) return done.error();
  return *store_.find_booking(id);
}

Result<Visit> BookingService::create_visit(const work::Caller& caller, const VisitInput& in) {
  if (auto org = acting_for(caller, in.client_id, "introductory-visit", false); !org) return org.error();
  if (auto errors = validate_visit(in); !errors.empty()) return Error::invalid(std::move(errors));
  if (!ports_.registry.find_place(in.place_id)) return Error::invalid({{"placeId", "reference_missing"}});
  auto id = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<long long> {
    const long long new_id = store_.insert_visit(unit, in);
    unit.audit(in.client_id, "create", "introductory-visit");
    return new_id;
  });
  if (!id) return id.error();
  return *store_.find_visit(*id);
}

Result<std::vector<Visit>> BookingService::visits_of_client(const work::Caller& caller,
                                                            std::optional<long long> client_id) {
  if (!client_id) return Error::not_found();
  if (auto org = acting_for(caller, *client_id, "introductory-visit", true); !org) return org.error();
  auto found = store_.visits_of_client(*client_id);
  caller.accessed(*client_id, "list", "introductory-visit");
  return found;
}

Result<Visit> BookingService::read_visit(const work::Caller& caller, long long id) {
  auto visit = store_.find_visit(id);
  if (!visit) return Error::not_found();
  if (auto org = acting_for(caller, visit->data.client_id, "introductory-visit", true); !org) return org.error();
  caller.accessed(visit->data.client_id, "read", "introductory-visit");
  return std::move(*visit);
}

Result<Visit> BookingService::record_outcome(const work::Caller& caller, long long id, const std::string& outcome,
                                             const std::string& notes, std::optional<long long> version) {
  auto visit = store_.find_visit(id);
  if (!visit) return Error::not_found();
  if (auto org = acting_for(caller, visit->data.client_id, "introductory-visit", true); !org) return org.error();
  auto changed = visit->data;
  changed.outcome = outcome;
  changed.outcome_notes = notes;
  auto errors = validate_visit(changed);
  if (!version) errors.push_back({"version", "required"});
  if (!errors.empty()) return Error::invalid(std::move(errors));
  auto done = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<Unit> {
    auto before = store_.find_visit(unit, id);
    if (!before) return Error::not_found();
    if (before->version != *version || !store_.set_visit_outcome(unit, *before, *version, outcome, notes)) {
      return stale();
    }
    unit.audit(before->data.client_id, "update", "introductory-visit");
    return Unit{};
  });
  if (!done) return done.error();
  return *store_.find_visit(id);
}

// The case a client agreement is for: the client's latest open case of a type the place offers.
// An agreement carries no case of its own; a client with open cases but none the place fits is refused.
Result<long long> BookingService::insert_agreement(work::UnitOfWork& unit, const ClientAgreementInput& in,
                                                   std::optional<long long> previous_id, const registry::Place& place,
                                                   const registry::ServiceCatalogue& catalogue) {
  const auto open = cases::open_cases_of_client(unit.sql(), in.client_id);
  const cases::CaseRef* chosen = nullptr;
  for (const auto& c : open) {
    if (registry::validate_place_for_case(place, c.service_type, catalogue).empty()) {
      chosen = &c;
      break;
    }
  }
  if (!chosen && !open.empty()) return Error::invalid({{"placeId", "service_type_not_offered"}});
  if (chosen) {
    CaseTerms terms;
    terms.service_type = chosen->service_type;
    if (in.provider_organisation_id) {
      if (auto product_id = ports_.orders.accepted_product(unit, chosen->id, *in.provider_organisation_id)) {
        if (auto product = ports_.agreements.find_product(unit, *product_id)) terms.product = product->data;
      }
    }
    if (auto decided = decisions::decided_days_and_hours(unit.sql(), chosen->id)) {
      terms.decision_days_max = decided->first;
      terms.decision_hours_max = decided->second;
    }
    if (auto errors = validate_agreement_terms(in, terms, catalogue); !errors.empty()) {
      return Error::invalid(std::move(errors));
    }
  }
  return store_.insert_client_agreement(unit, in, previous_id);
}

Result<ClientAgreement> BookingService::create_client_agreement(const work::Caller& caller, ClientAgreementInput in) {
  auto org = acting_for(caller, in.client_id, "client-agreement", false);
  if (!org) return org.error();
  in.purchaser_organisation_id = *org;
  if (auto errors = validate_client_agreement(in); !errors.empty()) return Error::invalid(std::move(errors));
  auto place = ports_.registry.find_place(in.place_id);
  if (!place) return Error::invalid({{"placeId", "reference_missing"}});
  const auto catalogue = ports_.registry.catalogue();
  auto id = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<long long> {
    auto new_id = insert_agreement(unit, in, std::nullopt, *place, catalogue);
    if (new_id) unit.audit(in.client_id, "create", "client-agreement");
    return new_id;
  });
  if (!id) return id.error();
  return for_reader(caller, *store_.find_client_agreement(*id));
}

Result<std::vector<ClientAgreement>> BookingService::client_agreements_of_client(const work::Caller& caller,
                                                                                 std::optional<long long> client_id) {
  if (!client_id) return Error::not_found();
  if (auto org = acting_for(caller, *client_id, "client-agreement", true); !org) return org.error();
  auto found = store_.client_agreements_of_client(*client_id);
  caller.accessed(*client_id, "list", "client-agreement");
  std::map<long long, long long> hosts;  // place -> host, read once per place
  for (auto& a : found) {
    auto it = hosts.find(a.data.place_id);
    if (it == hosts.end()) {
      auto place = ports_.registry.find_place(a.data.place_id);
      it = hosts.emplace(a.data.place_id, place ? place->host_organisation_id : 0).first;
    }
    a = for_reader(caller, std::move(a), it->second);
  }
  return found;
}

// The purchaser's workers, the host and the provider read a client agreement; others get a 404, logged.
Result<ClientAgreement> BookingService::readable_agreement(const work::Caller& caller, long long id) {
  auto found = store_.find_client_agreement(id);
  if (!found) return Error::not_found();
  auto place = ports_.registry.find_place(found->data.place_id);
  const auto host = place ? std::optional<long long>(place->host_organisation_id) : std::nullopt;
  if (!can_read_client_agreement(caller.user, found->data.purchaser_organisation_id, host,
                                 found->data.provider_organisation_id)) {
    caller.refused(found->data.client_id, "client-agreement");
    return Error::not_found();
  }
  return std::move(*found);
}

Result<ClientAgreement> BookingService::read_client_agreement(const work::Caller& caller, long long id) {
  auto found = readable_agreement(caller, id);
  if (!found) return found;
  caller.accessed(found->data.client_id, "read", "client-agreement");
  return for_reader(caller, std::move(*found));
}

Result<documents::File> BookingService::client_agreement_pdf(const work::Caller& caller, long long id,
                                                             const std::string& lang) {
  auto found = readable_agreement(caller, id);
  if (!found) return found.error();
  caller.accessed(found->data.client_id, "read", "client-agreement");
  const std::string file_name = "client-agreement-" + std::to_string(id) + ".pdf";
  auto parties = store_.parties_of(id);
  parties.purchaser_logo_png = store_.letterhead(found->data.purchaser_organisation_id).logo_png;
  const bool keeps = ports_.documents != nullptr && parties.case_id && acknowledged_by_all(*found);
  if (keeps) {
    if (auto kept = ports_.documents->kept(kAgreementDocument, id, lang)) {
      if (auto bytes = ports_.documents->content(*kept)) {
        return documents::File{file_name, "application/pdf", bytes->bytes};
      }
    }
  }
  if (auto place = ports_.registry.find_place(found->data.place_id)) {
    parties.place_address =
        place->data.street_address + (place->data.municipality.empty() ? "" : ", " + place->data.municipality);
    parties.supervisor_phone = place->data.supervisor_phone;
  }
  documents::File file{file_name, "application/pdf", bookings::client_agreement_pdf(*found, parties, lang)};
  if (!keeps) return file;
  auto kept = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<case_documents::IssuedDocument> {
    return ports_.documents->keep(unit, {*parties.case_id, found->data.client_id, kAgreementDocument, id, lang,
                                         i18n::message("client_agreement_doc.title", lang), file_name,
                                         case_documents::Audience::kCase, file.body});
  });
  if (!kept) return kept.error();
  if (auto bytes = ports_.documents->content(*kept)) file.body = std::move(bytes->bytes);  // the first, if two raced
  return file;
}

ClientAgreement BookingService::for_reader(const work::Caller& caller, ClientAgreement a,
                                           std::optional<long long> host_id) {
  if (!host_id) {
    auto place = ports_.registry.find_place(a.data.place_id);
    host_id = place ? place->host_organisation_id : 0;
  }
  a.acknowledgeable = parties_to_acknowledge(caller.user, a, *host_id);
  return a;
}

Result<ClientAgreement> BookingService::acknowledge(const work::Caller& caller, long long id, Acknowledgement ack) {
  auto found = readable_agreement(caller, id);
  if (!found) return found;
  // The other parties acknowledge themselves; the client's name is never filled in with the worker's.
  if (ack.name.empty() && ack.party != "client") ack.name = caller.user.display_name;
  ack.user_id = caller.actor.user_id;
  auto place = ports_.registry.find_place(found->data.place_id);
  if (!may_acknowledge(caller.user, ack.party, found->data.purchaser_organisation_id,
                       place ? place->host_organisation_id : 0, found->data.provider_organisation_id)) {
    return Error::forbidden();
  }
  if (auto errors = validate_acknowledgement(ack); !errors.empty()) return Error::invalid(std::move(errors));
  auto done = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<Unit> {
    if (store_.has_acknowledged(unit, id, ack.party)) return Error::make(ErrorCode::kConflict, "already_acknowledged");
    store_.acknowledge(unit, *found, ack);
    unit.audit(found->data.client_id, "update", "client-agreement-acknowledgement");
    return Unit{};
  });
  if (!done) {
    // Two at once: the unique index refuses the second.
    if (db::is_duplicate(done.error())) {
      return Error::make(ErrorCode::kConflict, "already_acknowledged");
    }
    return done.error();
  }
  return for_reader(caller, *store_.find_client_agreement(id));
}

Result<ClientAgreement> BookingService::continue_client_agreement(const work::Caller& caller, long long id,
                                                                  const ContinuationInput& c) {
  auto previous = readable_agreement(caller, id);
  if (!previous) return previous;
  if (!can_book_for(caller.user, previous->data.purchaser_organisation_id)) return Error::forbidden();
  if (previous->next_id) return Error::make(ErrorCode::kConflict, "already_continued");
  ClientAgreementInput in = previous->data;
  in.start_date = add_days(previous->data.end_date, 1);
  in.end_date = c.end_date;
  if (c.days_per_week) in.days_per_week = *c.days_per_week;
  if (c.hours_per_day) in.hours_per_day = *c.hours_per_day;
  if (c.tasks) in.tasks = *c.tasks;
  if (auto errors = validate_client_agreement(in); !errors.empty()) return Error::invalid(std::move(errors));
  auto place = ports_.registry.find_place(in.place_id);
  if (!place) return Error::invalid({{"placeId", "reference_missing"}});
  const auto catalogue = ports_.registry.catalogue();
  auto new_id = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<long long> {
    // Checked again under the previous agreement's lock: two workers continuing at once make one continuation.
    if (store_.lock_and_is_continued(unit, id)) return Error::make(ErrorCode::kConflict, "already_continued");
    auto made = insert_agreement(unit, in, id, *place, catalogue);
    if (made) unit.audit(in.client_id, "create", "client-agreement-continuation");
    return made;
  });
  if (!new_id) return new_id.error();
  return for_reader(caller, *store_.find_client_agreement(*new_id));
}

}  // namespace polku::bookings
