-- Service orders name the accepting provider's coach; the cases module keeps
-- who besides the purchaser takes part in a case (the provider and its coach),
-- and the case references of orders and bookings become foreign keys.
-- This file is PostgreSQL's; SQLite rebuilds the two tables instead
-- (0006_service_order_coach.sqlite.sql), as it cannot add a constraint.

-- One row per provider organisation in a case; a later accepted order from the
-- same provider names its coach anew.
CREATE TABLE case_participants (
  id {{id}},
  case_id BIGINT NOT NULL REFERENCES cases (id),
  provider_organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  coach_user_id BIGINT NOT NULL REFERENCES users (id),
  since TEXT NOT NULL,
  UNIQUE (case_id, provider_organisation_id)
);
CREATE INDEX case_participants_coach ON case_participants (coach_user_id);
CREATE INDEX case_participants_provider ON case_participants (provider_organisation_id);

ALTER TABLE service_orders ADD COLUMN coach_user_id BIGINT REFERENCES users (id);

-- References to cases that never existed cannot be kept under the constraint.
UPDATE service_orders SET case_id = NULL WHERE case_id IS NOT NULL AND case_id NOT IN (SELECT id FROM cases);
UPDATE placement_bookings SET case_id = NULL WHERE case_id IS NOT NULL AND case_id NOT IN (SELECT id FROM cases);
ALTER TABLE service_orders ADD CONSTRAINT service_orders_case_fk FOREIGN KEY (case_id) REFERENCES cases (id);
ALTER TABLE placement_bookings ADD CONSTRAINT placement_bookings_case_fk FOREIGN KEY (case_id) REFERENCES cases (id);

CREATE INDEX service_orders_case ON service_orders (case_id);
CREATE INDEX service_orders_provider ON service_orders (provider_organisation_id, status);
CREATE INDEX placement_bookings_case ON placement_bookings (case_id);
