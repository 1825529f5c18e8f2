-- SQLite cannot add a foreign key to an existing table: service_orders and
-- placement_bookings are rebuilt with case_id REFERENCES cases (id) (no table
-- references either of them, so they can be dropped inside the migration's
-- transaction with foreign keys on). Otherwise as 0006_service_order_coach.sql.

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

CREATE TABLE service_orders_new (
  id {{id}},
  client_id BIGINT NOT NULL REFERENCES clients (id),
  purchaser_organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  provider_organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  product_id BIGINT NOT NULL REFERENCES service_products (id),
  place_id BIGINT REFERENCES places (id),
  case_id BIGINT REFERENCES cases (id),
  start_date TEXT NOT NULL,
  period_months INTEGER NOT NULL,
  days_per_week INTEGER NOT NULL,
  hours_per_day INTEGER NOT NULL,
  status TEXT NOT NULL,
  response_note TEXT NOT NULL DEFAULT '',
  ordered_by BIGINT NOT NULL,
  created_at TEXT NOT NULL,
  responded_at TEXT NOT NULL DEFAULT '',
  coach_user_id BIGINT REFERENCES users (id)
);
-- References to cases that never existed cannot be kept under the constraint.
INSERT INTO service_orders_new (id, client_id, purchaser_organisation_id, provider_organisation_id, product_id,
  place_id, case_id, start_date, period_months, days_per_week, hours_per_day, status, response_note, ordered_by,
  created_at, responded_at)
SELECT id, client_id, purchaser_organisation_id, provider_organisation_id, product_id, place_id,
  CASE WHEN case_id IN (SELECT id FROM cases) THEN case_id END, start_date, period_months, days_per_week,
  hours_per_day, status, response_note, ordered_by, created_at, responded_at
FROM service_orders;
DROP TABLE service_orders;
ALTER TABLE service_orders_new RENAME TO service_orders;

CREATE TABLE placement_bookings_new (
  id {{id}},
  place_id BIGINT NOT NULL REFERENCES places (id),
  client_id BIGINT NOT NULL REFERENCES clients (id),
  case_id BIGINT REFERENCES cases (id),
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL DEFAULT '',
  created_by BIGINT NOT NULL,
  created_at TEXT NOT NULL
);
INSERT INTO placement_bookings_new (id, place_id, client_id, case_id, start_date, end_date, created_by, created_at)
SELECT id, place_id, client_id, CASE WHEN case_id IN (SELECT id FROM cases) THEN case_id END, start_date, end_date,
  created_by, created_at
FROM placement_bookings;
DROP TABLE placement_bookings;
ALTER TABLE placement_bookings_new RENAME TO placement_bookings;
CREATE INDEX placement_bookings_place ON placement_bookings (place_id, start_date);

CREATE INDEX service_orders_case ON service_orders (case_id);
CREATE INDEX service_orders_provider ON service_orders (provider_organisation_id, status);
CREATE INDEX placement_bookings_case ON placement_bookings (case_id);
