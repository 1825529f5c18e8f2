// A small placement world for storage tests: a purchaser with clients, an
// association host with a place under a valid agreement, and a company host.
#pragma once
#include "app/demo_data.hpp"
#include "cases/case_store.hpp"
#include "clients/client_store.hpp"
#include "agreements/module.hpp"
#include "bookings/module.hpp"
#include "clients/module.hpp"
#include "registry/module.hpp"
#include "registry/place_store.hpp"
#include "service_orders/module.hpp"
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

// The bookings and service orders as one worker uses them through their services: the
// user works for the purchasers and manages the hosts and providers named, so the
// tests exercise the rules, the stores and the units of work, not the access rules.
struct Worker {
  auth::AuthContext user;
  long long user_id = 0;
  void acts_for(long long organisation_id, const char* role) { user.roles.push_back({organisation_id, role}); }
  work::Caller caller(long long as_user) {
    user.user_id = as_user;
    return work::Caller{user, {as_user, "test", "test"}, nullptr};
  }
};

class WorkerBookings {
 public:
  WorkerBookings(db::Database& db, bookings::Module& module, Worker& worker)
      : store_(db), service_(module.service()), worker_(worker) {}
  Result<bookings::Booking> book(const bookings::BookingInput& in, long long user_id) {
    return service_.book(worker_.caller(user_id), in);
  }
  std::vector<bookings::Booking> bookings_of_place(long long place_id) {
    return *service_.bookings_of_place(worker_.caller(0), place_id);
  }
  std::vector<bookings::Booking> bookings_of_client(long long client_id) {
    return *service_.bookings_of_client(worker_.caller(0), client_id);
  }
  // With the version it reads now: these tests are not about concurrent edits.
  Result<bookings::Booking> end_booking(long long id, const std::string& end_date) {
    auto b = find_booking(id);
    return service_.end_booking(worker_.caller(0), id, end_date, b ? std::optional(b->version) : std::nullopt);
  }
  std::optional<bookings::Booking> find_booking(long long id) { return store().find_booking(id); }
  Result<bookings::Visit> create_visit(const bookings::VisitInput& in) {
    return service_.create_visit(worker_.caller(0), in);
  }
  Result<bookings::Visit> set_visit_outcome(long long id, const std::string& outcome, const std::string& notes) {
    auto v = store().find_visit(id);
    return service_.record_outcome(worker_.caller(0), id, outcome, notes,
                                   v ? std::optional(v->version) : std::nullopt);
  }
  std::optional<bookings::Visit> find_visit(long long id) { return store().find_visit(id); }
  std::vector<bookings::Visit> visits_of_client(long long client_id) {
    return *service_.visits_of_client(worker_.caller(0), client_id);
  }
  Result<bookings::ClientAgreement> create_client_agreement(const bookings::ClientAgreementInput& in) {
    return service_.create_client_agreement(worker_.caller(0), in);
  }
  Result<bookings::ClientAgreement> acknowledge(long long id, const bookings::Acknowledgement& ack) {
    return service_.acknowledge(worker_.caller(ack.user_id), id, ack);
  }
  Result<bookings::ClientAgreement> continue_client_agreement(long long id, const bookings::ContinuationInput& in) {
    return service_.continue_client_agreement(worker_.caller(0), id, in);
  }
  std::optional<bookings::ClientAgreement> find_client_agreement(long long id) {
    return store().find_client_agreement(id);
  }
  std::vector<bookings::ClientAgreement> client_agreements_of_client(long long client_id) {
    return *service_.client_agreements_of_client(worker_.caller(0), client_id);
  }

 private:
  bookings::BookingStore& store() { return store_; }
  bookings::BookingStore store_;
  bookings::BookingService& service_;
  Worker& worker_;
};

class WorkerOrders {
 public:
  WorkerOrders(db::Database& db, service_orders::Module& module, Worker& worker)
      : store_(db), service_(module.service()), worker_(worker) {}
  // The purchaser is the client's organisation, as the route has it.
  Result<service_orders::ServiceOrder> create(const service_orders::ServiceOrderInput& in, long long, long long user) {
    return service_.create(worker_.caller(user), in);
  }
  Result<service_orders::ServiceOrder> answer(long long id, const service_orders::OrderAnswer& a, work::Actor actor) {
    return service_.answer(worker_.caller(actor.user_id), id, a);
  }
  std::vector<service_orders::ServiceOrder> list(const service_orders::ServiceOrderFilter& f) {
    return store_.list(f);
  }
  std::optional<service_orders::ServiceOrder> find(long long id) { return store_.find(id); }
  service_orders::ServiceOrderStore store_;

 private:
  service_orders::ServiceOrderService& service_;
  Worker& worker_;
};

// The registry as its keepers use it through the service: a purchaser's manager sets host
// types, each host's manager keeps its own places; reads go to the store.
class KeeperRegistry {
 public:
  // `purchaser` is the fixture's, read only when a host type is set.
  KeeperRegistry(db::Database& db, registry::Module& module, const long long& purchaser)
      : store_(db), service_(module.service()), purchaser_(purchaser) {}
  Result<Unit> set_host_type(long long host, const std::string& type) {
    return service_.set_host_type(as(purchaser_, "manager"), host, type);
  }
  Result<registry::Place> create(long long host, const registry::PlaceInput& in) {
    return service_.create_place(as(host, "manager"), host, in);
  }
  Result<registry::Place> update(long long id, const registry::PlaceInput& in) {
    auto before = store_.find(id);
    return service_.update_place(as(before ? before->host_organisation_id : 0, "manager"), id, in);
  }
  std::optional<registry::Place> find(long long id) { return store_.find(id); }
  std::vector<registry::Place> list(long long host_id = 0) { return store_.list(host_id); }
  std::vector<registry::SupervisorOption> supervisors(long long host_id) { return store_.supervisors(host_id); }
  std::string host_type(long long organisation_id) { return store_.host_type(organisation_id); }

 private:
  work::Caller as(long long organisation_id, const char* role) {
    user_.roles = {{organisation_id, role}};
    return work::Caller{user_, {0, "test", "test"}, nullptr};
  }
  registry::PlaceStore store_;
  registry::RegistryService& service_;
  const long long& purchaser_;
  auth::AuthContext user_;
};

// Products and agreements as the managers make them through the service: a provider's manager
// its products, the purchaser's manager its agreements and their documents; reads go to the store.
class ManagerAgreements {
 public:
  ManagerAgreements(db::Database& db, agreements::Module& module) : store_(db), service_(module.service()) {}
  Result<agreements::ServiceProduct> create_product(long long provider, const agreements::ServiceProductInput& in) {
    return service_.create_product(manager_of(provider), provider, in);
  }
  Result<agreements::Agreement> create(const agreements::AgreementInput& in) {
    return service_.create(manager_of(in.purchaser_organisation_id), in);
  }
  Result<agreements::DocumentInfo> add_document(long long agreement_id, const std::string& file_name,
                                                const std::string& content_type, const std::string& bytes) {
    auto a = store_.find(agreement_id);
    return service_.add_document(manager_of(a ? a->data.purchaser_organisation_id : 0), agreement_id, file_name,
                                 content_type, bytes);
  }
  std::vector<agreements::ServiceProduct> products(long long provider_id = 0) { return store_.products(provider_id); }
  std::optional<agreements::Agreement> find(long long id) { return store_.find(id); }
  std::vector<agreements::Agreement> list(const std::vector<long long>& organisation_ids, const std::string& today = {},
                                          const std::string& ending_by = {}) {
    return store_.list(organisation_ids, today, ending_by);
  }
  std::optional<agreements::Document> document(long long agreement_id, long long document_id) {
    return store_.document(agreement_id, document_id);
  }

 private:
  work::Caller manager_of(long long organisation_id) {
    user_.roles = {{organisation_id, "manager"}};
    return work::Caller{user_, {0, "test", "test"}, nullptr};
  }
  agreements::AgreementStore store_;
  agreements::AgreementService& service_;
  auth::AuthContext user_;
};

class PlacementWorldTest : public StoreTest {
 protected:
  storage_test::Organisations orgs_{db()};
  audit::AuditLog audit_{db()};
  storage_test::ClientRegistrar clients_{db(), audit_};
  work::Transactor transactor_{db(), audit_};
  platform::Platform platform_{db(), audit_, transactor_};
  registry::Module registry_{platform_};
  agreements::Module agreements_module_{platform_, registry_.port()};
  clients::Module clients_module_{platform_};
  service_orders::Module orders_module_{platform_, clients_module_.port(), registry_.port(),
                                        agreements_module_.port()};
  bookings::Module bookings_module_{
      platform_, {clients_module_.port(), registry_.port(), agreements_module_.port(), orders_module_.port()}};
  KeeperRegistry places_{db(), registry_, county_};  // county_ is read only after construction
  ManagerAgreements agreements_{db(), agreements_module_};
  Worker worker_;
  WorkerBookings bookings_{db(), bookings_module_, worker_};
  long long county_ = orgs_.create_organisation(organisation_input("Hyvinvointialue", {"purchaser"}))->id;
  long long club_ = orgs_.create_organisation(organisation_input("Yhdistys ry", {"provider", "host"}))->id;
  long long company_ = orgs_.create_organisation(organisation_input("Yritys Oy", {"host"}))->id;

  void SetUp() override {
    worker_.acts_for(county_, "social_worker");
    worker_.acts_for(club_, "manager");
    worker_.acts_for(company_, "manager");
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
    cases::CaseStore cases(db());
    auto c = transactor_.run(work::Actor{1, "POST /test", "test"}, [&](work::UnitOfWork& unit) {
      return cases.create(unit, client, service_type, std::nullopt);
    });
    if (!c) throw std::runtime_error("case: " + c.error().message_key);
    return *c;
  }

  long long make_client(int n) {
    auto c = clients_.create(county_, client_input("Asiakas", "Numero " + std::to_string(n),
                                                   app::demo_identity_code(1 + n % 28, 1 + n % 12, 1980, 100 + n)));
    if (!c) throw std::runtime_error("client: " + c.error().message_key);
    return c->id;
  }
};

}  // namespace polku::storage_test
