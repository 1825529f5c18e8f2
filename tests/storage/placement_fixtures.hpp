// A small placement world for storage tests: a purchaser with clients, an
// association host with a place under a valid agreement, and a company host.
#pragma once
#include "app/demo_data.hpp"
#include "cases/case_store.hpp"
#include "clients/client_store.hpp"
#include "agreements/module.hpp"
#include "bookings/booking_store.hpp"
#include "registry/module.hpp"
#include "registry/place_store.hpp"
#include "service_orders/service_order_store.hpp"
#include "storage/store_fixtures.hpp"

namespace polku::storage_test {

inline registry::PlaceInput place_input(std::string name, int capacity,
                                          std::vector<std::string> service_types = {"ktt"}) {
  registry::PlaceInput p;
  p.name = std::move(name);
  p.work_tasks = "Pihatyöt";
  p.fields = {"property_and_yard_care"};
  p.municipality = "Kotikylä";
  p.capacity = capacity;
  p.weekdays = {"mon", "tue", "wed"};
  p.start_time = "08:00";
  p.end_time = "15:00";
  p.supervisor_name = "Ohjaaja";
  p.supervisor_phone = "040 1";
  p.orientation_checklist = {"Työturvallisuus", "Tilat, poistumistiet"};
  p.no_displacement_confirmed = true;
  p.service_types = std::move(service_types);
  return p;
}

class PlacementStoreTest : public StoreTest {
 protected:
  organisations::OrganisationStore orgs_{db()};
  audit::AuditLog audit_{db()};
  storage_test::ClientRegistrar clients_{db(), audit_};
  work::Transactor transactor_{db(), audit_};
  platform::Platform platform_{db(), audit_, transactor_};
  registry::Module registry_{platform_};
  agreements::Module agreements_module_{platform_, registry_.port()};
  registry::PlaceStore places_{db()};
  agreements::AgreementStore agreements_{db(), registry_.port()};
  bookings::BookingStore bookings_{db()};
  long long county_ = orgs_.create_organisation(organisation_input("Hyvinvointialue", {"purchaser"}))->id;
  long long club_ = orgs_.create_organisation(organisation_input("Yhdistys ry", {"provider", "host"}))->id;
  long long company_ = orgs_.create_organisation(organisation_input("Yritys Oy", {"host"}))->id;

  void SetUp() override {
    ASSERT_TRUE(places_.set_host_type(club_, "association").ok());
    ASSERT_TRUE(places_.set_host_type(company_, "company").ok());
  }

  long long make_place(int capacity, const std::string& name = "Piha") {
    auto p = places_.create(club_, place_input(name, capacity));
    if (!p) throw std::runtime_error("place: " + p.error().message_key);
    return p->id;
  }

  long long make_agreement(std::vector<long long> place_ids, std::string from = "2026-01-01",
                           std::string until = "2027-12-31") {
    auto a = agreements_.create({"partnership", county_, club_, "Kumppanuussopimus", std::move(from), std::move(until),
                                 std::move(place_ids), {}});
    if (!a) throw std::runtime_error("agreement: " + a.error().message_key);
    return a->id;
  }

  long long make_case(long long client, const std::string& service_type = "ktt") {
    auto c = cases::CaseStore(db()).create(client, service_type, std::nullopt, cases::Actor{1});
    if (!c) throw std::runtime_error("case: " + c.error().message_key);
    return c->id;
  }

  long long make_client(int n) {
    auto c = clients_.create(county_, client_input("Asiakas", "Numero " + std::to_string(n),
                                                   app::demo_identity_code(1 + n % 28, 1 + n % 12, 1980, 100 + n)));
    if (!c) throw std::runtime_error("client: " + c.error().message_key);
    return c->id;
  }
};

}  // namespace polku::storage_test
