// Bookings within capacity (also under a race of many bookers), introductory
// visits and client agreements on both databases.
#include <atomic>
#include <latch>
#include <thread>

#include "storage/placement_world.hpp"

namespace polku {
namespace {

using storage_test::expect_error;

using storage_test::PlacementWorldTest;

class BookingsStoreTest : public PlacementWorldTest {
 protected:
  bookings::BookingInput booking(long long place, long long client, std::string from, std::string until = "") {
    return {place, client, std::nullopt, std::move(from), std::move(until)};
  }
};

TEST_P(BookingsStoreTest, BooksWithinCapacityOverOverlappingDateRanges) {
  long long place = make_place(1);
  make_agreement({place});
  long long a = make_client(1), b = make_client(2);
  auto first = bookings_.book(booking(place, a, "2026-02-01", "2026-04-30"), 7);
  ASSERT_TRUE(first) << first.error().message_key;
  EXPECT_EQ(first->created_by, 7);

  auto overlapping = bookings_.book(booking(place, b, "2026-04-30", "2026-06-30"), 7);
  ASSERT_FALSE(overlapping);
  EXPECT_EQ(overlapping.error().code, ErrorCode::kConflict);
  EXPECT_EQ(overlapping.error().message_key, "place_full");

  auto after = bookings_.book(booking(place, b, "2026-05-01", "2026-06-30"), 7);
  ASSERT_TRUE(after) << after.error().message_key;
  auto with_case = booking(place, a, "2026-07-01");
  with_case.case_id = make_case(b);
  auto others = bookings_.book(with_case, 7);  // b's case, a's booking
  ASSERT_FALSE(others);
  EXPECT_EQ(others.error().fields.at(0).field, "caseId");
  with_case.case_id = make_case(a);
  auto third = bookings_.book(with_case, 7);
  ASSERT_TRUE(third);
  EXPECT_EQ(bookings_.bookings_of_place(place).size(), 3U);
  EXPECT_EQ(bookings_.bookings_of_place(place)[2].data.case_id, with_case.case_id);
}

TEST_P(BookingsStoreTest, EndingABookingEarlyFreesThePlaceAfterThatDay) {
  long long place = make_place(1);
  make_agreement({place});
  long long a = make_client(1), b = make_client(2);
  long long first = bookings_.book(booking(place, a, "2026-02-01"), 1)->id;
  expect_error(bookings_.book(booking(place, b, "2026-06-01"), 1), ErrorCode::kConflict);  // full
  auto ended = bookings_.end_booking(first, "2026-05-31");
  ASSERT_TRUE(ended) << ended.error().message_key;
  EXPECT_EQ(ended->data.end_date, "2026-05-31");
  EXPECT_TRUE(bookings_.book(booking(place, b, "2026-06-01"), 1));
  expect_error(bookings_.end_booking(first, "2026-01-31"), ErrorCode::kInvalidInput, {"endDate"});  // before its start
  expect_error(bookings_.end_booking(first, "2026-06-30"), ErrorCode::kInvalidInput, {"endDate"});  // after its end
}

TEST_P(BookingsStoreTest, APlaceTakesClientsOnlyUnderAValidAgreementAndWhenOpen) {
  long long place = make_place(3);
  long long client = make_client(1);
  auto none = bookings_.book(booking(place, client, "2026-02-01"), 1);
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().fields.at(0).code, "no_valid_agreement");
  make_agreement({place}, "2026-01-01", "2026-06-30");
  expect_error(bookings_.book(booking(place, client, "2026-07-01"), 1), ErrorCode::kInvalidInput, {"placeId"});
  EXPECT_TRUE(bookings_.book(booking(place, client, "2026-06-30"), 1));

  auto paused = places_.find(place)->data;
  paused.status = "paused";
  ASSERT_TRUE(places_.update(place, paused));
  auto refused = bookings_.book(booking(place, make_client(2), "2026-03-01"), 1);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().message_key, "place_not_open");
}

TEST_P(BookingsStoreTest, ManyConcurrentBookersForTheLastPlacesNeverOverfillIt) {
  constexpr int kCapacity = 3;
  constexpr int kBookers = 12;
  long long place = make_place(kCapacity);
  make_agreement({place});
  std::vector<long long> clients;
  for (int i = 0; i < kBookers; ++i) clients.push_back(make_client(i));
  std::latch start(kBookers);
  std::atomic<int> booked{0}, full{0}, other{0};
  {
    std::vector<std::jthread> bookers;
    for (int i = 0; i < kBookers; ++i) {
      bookers.emplace_back([&, i] {
        start.arrive_and_wait();
        auto r = bookings_.book(booking(place, clients[i], "2026-03-01", "2026-08-31"), 1);
        if (r) {
          ++booked;
        } else if (r.error().message_key == "place_full") {
          ++full;
        } else {
          ++other;
        }
      });
    }
  }
  EXPECT_EQ(booked.load(), kCapacity);
  EXPECT_EQ(full.load(), kBookers - kCapacity);
  EXPECT_EQ(other.load(), 0);
  EXPECT_EQ(storage_test::count_rows(db(), "placement_bookings"), kCapacity);
}

TEST_P(BookingsStoreTest, IntroductoryVisitRecordsWhoAccompaniesAndTheOutcome) {
  long long place = make_place(1);
  long long client = make_client(1);
  auto visit = bookings_.create_visit({place, client, "2026-02-10", "10:00", "Sanna Sosiaaliohjaaja", "pending", ""});
  ASSERT_TRUE(visit) << visit.error().message_key;
  EXPECT_EQ(visit->data.accompanied_by, "Sanna Sosiaaliohjaaja");
  auto done = bookings_.set_visit_outcome(visit->id, "suitable", "Piha-työt kiinnostivat");
  ASSERT_TRUE(done);
  EXPECT_EQ(bookings_.find_visit(visit->id)->data.outcome, "suitable");
  expect_error(bookings_.set_visit_outcome(visit->id, "maybe", ""), ErrorCode::kInvalidInput, {"outcome"});
  ASSERT_EQ(bookings_.visits_of_client(client).size(), 1U);
  EXPECT_TRUE(bookings_.visits_of_client(make_client(2)).empty());
}

TEST_P(BookingsStoreTest, ClientAgreementIsAcknowledgedOncePerPartyAndContinued) {
  long long place = make_place(1);
  long long client = make_client(1);
  bookings::ClientAgreementInput in{client, county_, place, club_, "2026-03-01", "2026-08-31", 3, 5,
                                      "Pihatyöt", "Sanna (ostaja), Saara (paikka)"};
  auto agreement = bookings_.create_client_agreement(in);
  ASSERT_TRUE(agreement) << agreement.error().message_key;
  ASSERT_TRUE(bookings_.acknowledge(agreement->id, {"client", 1, "Asiakas Numero 1", "", "in_person", ""}));
  auto twice = bookings_.acknowledge(agreement->id, {"client", 1, "Asiakas Numero 1", "", "in_person", ""});
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().code, ErrorCode::kConflict);
  auto host = bookings_.acknowledge(agreement->id, {"host", 2, "Saara", "", "", ""});
  ASSERT_TRUE(host);
  EXPECT_EQ(host->acknowledgements.size(), 2U);

  expect_error(bookings_.continue_client_agreement(agreement->id, {"2026-08-01", {}, {}, {}}), ErrorCode::kInvalidInput,
               {"endDate"});  // before the start
  auto continuation = bookings_.continue_client_agreement(agreement->id, {"2027-02-28", 4, std::nullopt, "Lumityöt"});
  ASSERT_TRUE(continuation) << continuation.error().message_key;
  EXPECT_EQ(continuation->previous_id, agreement->id);
  EXPECT_EQ(continuation->data.start_date, "2026-09-01");
  EXPECT_EQ(continuation->data.end_date, "2027-02-28");
  EXPECT_EQ(continuation->data.days_per_week, 4);  // grows as the client copes
  EXPECT_EQ(continuation->data.hours_per_day, 5);  // left out: as before
  EXPECT_EQ(continuation->data.tasks, "Lumityöt");
  EXPECT_TRUE(continuation->acknowledgements.empty());
  EXPECT_EQ(bookings_.find_client_agreement(agreement->id)->next_id, continuation->id);

  auto second = bookings_.continue_client_agreement(agreement->id, {"2027-03-31", {}, {}, {}});
  ASSERT_FALSE(second);
  EXPECT_EQ(second.error().code, ErrorCode::kConflict);
  EXPECT_EQ(second.error().message_key, "already_continued");
  auto listed = bookings_.client_agreements_of_client(client);
  ASSERT_EQ(listed.size(), 2U);
  EXPECT_EQ(listed[0].acknowledgements.size(), 2U);
  EXPECT_EQ(listed[1].previous_id, agreement->id);
}

TEST_P(BookingsStoreTest, ABookingForACaseIsOnlyAtAPlaceOfferingTheCasesServiceType) {
  auto workshop = places_.create(company_, storage_test::place_input("Konepaja", 2, {"job_coaching"}));
  ASSERT_TRUE(workshop);
  long long client = make_client(1);
  auto at_company = booking(workshop->id, client, "2026-03-01");
  at_company.case_id = make_case(client, "ktt");
  auto refused = bookings_.book(at_company, 7);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::kInvalidInput);
  ASSERT_EQ(refused.error().fields.size(), 1U);
  EXPECT_EQ(refused.error().fields[0].field, "placeId");
  EXPECT_EQ(refused.error().fields[0].code, "service_type_not_offered");

  long long yard = make_place(2);  // the association's KTT place
  make_agreement({yard});
  auto fits = booking(yard, client, "2026-03-01");
  fits.case_id = at_company.case_id;
  EXPECT_TRUE(bookings_.book(fits, 7));
  EXPECT_EQ(storage_test::count_rows(db(), "placement_bookings"), 1);
}

TEST_P(BookingsStoreTest, AKttClientAgreementStaysWithinTheServiceTypesLimits) {
  long long place = make_place(2);
  long long client = make_client(1);
  make_case(client, "ktt");
  auto terms = [&](int days, int hours) {
    return bookings::ClientAgreementInput{client, county_, place, club_, "2026-03-01", "2026-08-31", days, hours,
                                            "Pihatyöt", "Sanna (ostaja), Saara (paikka)"};
  };
  auto five_days = bookings_.create_client_agreement(terms(5, 4));
  ASSERT_FALSE(five_days);
  ASSERT_EQ(five_days.error().fields.size(), 1U);
  EXPECT_EQ(five_days.error().fields[0].field, "daysPerWeek");
  EXPECT_EQ(five_days.error().fields[0].code, "outside_service_type_limits");
  auto two_hours = bookings_.create_client_agreement(terms(3, 2));
  ASSERT_FALSE(two_hours);
  ASSERT_EQ(two_hours.error().fields.size(), 1U);
  EXPECT_EQ(two_hours.error().fields[0].field, "hoursPerDay");
  EXPECT_EQ(two_hours.error().fields[0].code, "outside_service_type_limits");
  EXPECT_EQ(storage_test::count_rows(db(), "client_agreements"), 0);

  auto agreement = bookings_.create_client_agreement(terms(3, 4));
  ASSERT_TRUE(agreement) << agreement.error().message_key;
  auto wider = bookings_.continue_client_agreement(agreement->id, {"2027-02-28", 5, std::nullopt, std::nullopt});
  ASSERT_FALSE(wider);
  EXPECT_EQ(wider.error().fields.at(0).field, "daysPerWeek");
}

TEST_P(BookingsStoreTest, AClientAgreementIsRefusedAtAPlaceThatDoesNotFitTheClientsCase) {
  auto workshop = places_.create(company_, storage_test::place_input("Konepaja", 2, {"job_coaching"}));
  ASSERT_TRUE(workshop);
  long long client = make_client(1);
  make_case(client, "ktt");
  const bookings::ClientAgreementInput in{client,       county_, workshop->id, std::nullopt, "2026-03-01",
                                            "2026-08-31", 3,       4,            "Kokoonpano", "Sanna"};
  auto refused = bookings_.create_client_agreement(in);
  ASSERT_FALSE(refused);
  ASSERT_EQ(refused.error().fields.size(), 1U);
  EXPECT_EQ(refused.error().fields[0].field, "placeId");
  EXPECT_EQ(refused.error().fields[0].code, "service_type_not_offered");
}

// The purchaser's own work activity unit: no agreement with itself, and its shop steward is told.
TEST_P(BookingsStoreTest, AnOwnPlaceTakesOwnClientsWithoutAnAgreementAndIsOwnProduction) {
  long long own = orgs_.create_organisation(storage_test::organisation_input("Oma kunta", {"purchaser", "host"}))->id;
  ASSERT_TRUE(places_.set_host_type(own, "municipal_unit").ok());
  auto unit = places_.create(own, storage_test::place_input("Oma työtoimintayksikkö", 2));
  ASSERT_TRUE(unit);
  const auto code = app::demo_identity_code(3, 3, 1983, 33);
  auto client = clients_.create(own, storage_test::client_input("Oma", "Asiakas", code));
  ASSERT_TRUE(client);
  worker_.acts_for(own, "social_worker");
  long long case_id = make_case(client->id, "ktt");
  cases::CaseStore cases(db());
  EXPECT_FALSE(cases.find(case_id)->own_production);

  auto in = booking(unit->id, client->id, "2026-03-01");
  in.case_id = case_id;
  auto booked = bookings_.book(in, 7);
  ASSERT_TRUE(booked) << booked.error().message_key;
  EXPECT_TRUE(cases.find(case_id)->own_production);

  // Another purchaser's client still needs an agreement at that place.
  auto stranger = bookings_.book(booking(unit->id, make_client(2), "2026-03-01"), 7);
  ASSERT_FALSE(stranger);
  EXPECT_EQ(stranger.error().fields.at(0).code, "no_valid_agreement");
}

TEST_P(BookingsStoreTest, ACaseAtAnotherOrganisationsPlaceIsNotOwnProduction) {
  long long yard = make_place(2);
  make_agreement({yard});
  long long client = make_client(1);
  auto in = booking(yard, client, "2026-03-01");
  in.case_id = make_case(client, "ktt");
  ASSERT_TRUE(bookings_.book(in, 7));
  EXPECT_FALSE(cases::CaseStore(db()).find(*in.case_id)->own_production);
}

TEST_P(BookingsStoreTest, ListsAClientsBookingsByStartDateAndNoOneElses) {
  long long place = make_place(3);
  make_agreement({place});
  long long a = make_client(1), b = make_client(2);
  ASSERT_TRUE(bookings_.book(booking(place, a, "2026-06-01"), 1));
  ASSERT_TRUE(bookings_.book(booking(place, b, "2026-03-01"), 1));
  ASSERT_TRUE(bookings_.book(booking(place, a, "2026-02-01", "2026-02-28"), 1));
  auto mine = bookings_.bookings_of_client(a);
  ASSERT_EQ(mine.size(), 2U);
  EXPECT_EQ(mine[0].data.start_date, "2026-02-01");
  EXPECT_EQ(mine[1].data.start_date, "2026-06-01");
  EXPECT_TRUE(bookings_.bookings_of_client(make_client(3)).empty());
}

TEST_P(BookingsStoreTest, AVisitMayBeCancelled) {
  auto visit = bookings_.create_visit({make_place(1), make_client(1), "2026-02-10", "10:00", "Sanna", "pending", ""});
  ASSERT_TRUE(visit);
  auto cancelled = bookings_.set_visit_outcome(visit->id, "cancelled", "Asiakas sairastui");
  ASSERT_TRUE(cancelled) << cancelled.error().message_key;
  EXPECT_EQ(bookings_.find_visit(visit->id)->data.outcome_notes, "Asiakas sairastui");
}

// A booking and its audit entry are one unit of work: both commit, or neither.
TEST_P(BookingsStoreTest, ABookingAndItsAuditEntryCommitTogether) {
  long long place = make_place(2);
  make_agreement({place});
  const long long client = make_client(1);
  const long long entries_before = storage_test::count_rows(db(), "audit_log");
  auto booked = bookings_.book(booking(place, client, "2026-03-01"), 7);
  ASSERT_TRUE(booked) << booked.error().message_key;
  EXPECT_EQ(storage_test::count_rows(db(), "placement_bookings"), 1);
  EXPECT_EQ(storage_test::count_rows(db(), "audit_log"), entries_before + 1);
  EXPECT_EQ(storage_test::count_rows(db(), "audit_log",
                                     "client_id = " + std::to_string(client) +
                                         " AND action = 'create' AND detail = 'placement-booking'"),
            1);
}

TEST_P(BookingsStoreTest, AUnitThatFailsAfterTheBookingLeavesNeitherBookingNorAuditEntry) {
  long long place = make_place(2);
  const long long client = make_client(1);
  const long long entries_before = storage_test::count_rows(db(), "audit_log");
  bookings::BookingStore store(db());
  auto failed = transactor_.run({7, "test", "test"}, [&](work::UnitOfWork& unit) -> Result<Unit> {
    store.insert_booking(unit, booking(place, client, "2026-03-01"), 7);
    unit.audit(client, "create", "placement-booking");
    return Error::make(ErrorCode::kConflict, "place_full");  // a check after the write refuses
  });
  ASSERT_FALSE(failed);
  EXPECT_EQ(storage_test::count_rows(db(), "placement_bookings"), 0);
  EXPECT_EQ(storage_test::count_rows(db(), "audit_log"), entries_before);
  // Written without its entry: refused, and rolled back too.
  EXPECT_THROW(transactor_.run({7, "test", "test"},
                               [&](work::UnitOfWork& unit) -> Result<Unit> {
                                 store.insert_booking(unit, booking(place, client, "2026-03-01"), 7);
                                 return Unit{};
                               }),
               work::UnauditedWrite);
  EXPECT_EQ(storage_test::count_rows(db(), "placement_bookings"), 0);
  EXPECT_EQ(storage_test::count_rows(db(), "audit_log"), entries_before);
}

// Ending a booking and recording a visit's outcome name the version read: a stale one changes nothing.
TEST_P(BookingsStoreTest, EndingABookingOrRecordingAnOutcomeFromAnOldReadIsAConflict) {
  long long place = make_place(2);
  make_agreement({place});
  const long long client = make_client(1);
  auto booked = bookings_.book(booking(place, client, "2026-03-01"), 7);
  ASSERT_TRUE(booked);
  auto& service = bookings_module_.service();
  auto caller = worker_.caller(7);
  ASSERT_TRUE(service.end_booking(caller, booked->id, "2026-06-30", booked->version));
  auto stale = service.end_booking(caller, booked->id, "2026-05-31", booked->version);
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  EXPECT_EQ(stale.error().message_key, "stale_version");
  EXPECT_EQ(bookings_.find_booking(booked->id)->data.end_date, "2026-06-30");
  EXPECT_EQ(bookings_.find_booking(booked->id)->version, booked->version + 1);

  auto visit = bookings_.create_visit({place, client, "2026-02-10", "10:00", "Sanna", "pending", ""});
  ASSERT_TRUE(visit);
  ASSERT_TRUE(service.record_outcome(caller, visit->id, "suitable", "", visit->version));
  auto late = service.record_outcome(caller, visit->id, "cancelled", "", visit->version);
  ASSERT_FALSE(late);
  EXPECT_EQ(late.error().message_key, "stale_version");
  EXPECT_EQ(bookings_.find_visit(visit->id)->data.outcome, "suitable");
}

INSTANTIATE_TEST_SUITE_P(Backends, BookingsStoreTest, ::testing::ValuesIn(testing::test_backends()),
                         testing::BackendName());

}  // namespace
}  // namespace polku
