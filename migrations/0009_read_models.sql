-- Read models: what a module lets the others read. A module reads only its own
-- tables and these views; the owner keeps a view's columns when its tables change
-- (a migration that rebuilds a table drops and recreates its views).
-- tests/architecture/table_ownership_test.cpp holds every module to this.

-- organisations: organisations, users and their roles, regions.
CREATE VIEW organisations_view AS
  SELECT id, name, is_purchaser, is_provider, is_host FROM organisations;
CREATE VIEW users_view AS
  SELECT id, username, display_name, language, active FROM users;
-- A role counts only while its user is active.
CREATE VIEW active_roles_view AS
  SELECT r.user_id, r.organisation_id, r.role, u.display_name
  FROM user_roles r JOIN users u ON u.id = r.user_id WHERE u.active = 1;
CREATE VIEW regions_view AS
  SELECT id, organisation_id, name FROM regions;

-- clients: whose client and the name lists show.
CREATE VIEW clients_view AS
  SELECT id, organisation_id, first_names, last_name, preferred_language, own_worker_id FROM clients;

-- cases: the cases' stages and plans, who decides in a region, and what keeps a region in use.
CREATE VIEW cases_view AS
  SELECT id, client_id, organisation_id, region_id, service_type, stage, stage_since,
         CASE WHEN plan_kind <> '' THEN 1 ELSE 0 END AS has_plan, plan_date, plan_start_date, created_at
  FROM cases;
CREATE VIEW process_models_view AS
  SELECT region_id, instructors_may_decide FROM process_models;
CREATE VIEW region_uses_view AS
  SELECT region_id FROM cases WHERE region_id IS NOT NULL
  UNION ALL SELECT region_id FROM process_models;

-- decisions: the periods signed decisions grant.
CREATE VIEW signed_decisions_view AS
  SELECT case_id, start_date, end_date FROM decisions WHERE status = 'signed';

-- registry: places and their hosts.
CREATE VIEW places_view AS
  SELECT id, name, host_organisation_id, supervisor_user_id, supervisor_name FROM places;

-- agreements: the service products and the places agreements cover.
CREATE VIEW service_products_view AS
  SELECT id, name, provider_organisation_id FROM service_products;
CREATE VIEW agreement_places_view AS
  SELECT ap.place_id, a.valid_from, a.valid_until
  FROM agreement_places ap JOIN agreements a ON a.id = ap.agreement_id;

-- bookings: who is booked where and when, and the client agreements (the newest of each chain).
CREATE VIEW bookings_view AS
  SELECT id, place_id, client_id, case_id, start_date, end_date FROM placement_bookings;
CREATE VIEW client_agreements_view AS
  SELECT a.id, a.client_id, a.place_id, a.start_date, a.end_date FROM client_agreements a
  WHERE NOT EXISTS (SELECT 1 FROM client_agreements n WHERE n.previous_id = a.id);
