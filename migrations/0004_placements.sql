-- The placement registry: host types, places, service products, agreements
-- between organisations with documents, bookings, introductory visits and
-- client agreements. Lists are stored as comma-separated codes (fields,
-- weekdays, service types) or newline-separated text (checklist items).

CREATE TABLE host_profiles (
  organisation_id BIGINT PRIMARY KEY REFERENCES organisations (id),
  host_type TEXT NOT NULL
);

CREATE TABLE places (
  id {{id}},
  host_organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  name TEXT NOT NULL,
  work_tasks TEXT NOT NULL,
  fields TEXT NOT NULL,
  street_address TEXT NOT NULL DEFAULT '',
  municipality TEXT NOT NULL,
  accessibility_notes TEXT NOT NULL DEFAULT '',
  wheelchair_accessible INTEGER NOT NULL DEFAULT 0,
  what_to_bring TEXT NOT NULL DEFAULT '',
  capacity INTEGER NOT NULL,
  weekdays TEXT NOT NULL,
  start_time TEXT NOT NULL,
  end_time TEXT NOT NULL,
  supervisor_user_id BIGINT REFERENCES users (id),
  supervisor_name TEXT NOT NULL DEFAULT '',
  supervisor_phone TEXT NOT NULL DEFAULT '',
  host_instructions TEXT NOT NULL DEFAULT '',
  orientation_checklist TEXT NOT NULL DEFAULT '',
  no_displacement_confirmed INTEGER NOT NULL DEFAULT 0,
  service_types TEXT NOT NULL,
  status TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX places_host ON places (host_organisation_id);

CREATE TABLE service_products (
  id {{id}},
  provider_organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  name TEXT NOT NULL,
  service_type TEXT NOT NULL,
  includes_place INTEGER NOT NULL,
  includes_support INTEGER NOT NULL,
  includes_social_guidance INTEGER NOT NULL,
  period_months_min INTEGER NOT NULL,
  period_months_max INTEGER NOT NULL,
  days_min INTEGER NOT NULL,
  days_max INTEGER NOT NULL,
  hours_min INTEGER NOT NULL,
  hours_max INTEGER NOT NULL,
  min_guidance_hours_per_3_months INTEGER NOT NULL,
  price_cents BIGINT NOT NULL,
  price_unit TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE agreements (
  id {{id}},
  kind TEXT NOT NULL,
  purchaser_organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  partner_organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  title TEXT NOT NULL,
  valid_from TEXT NOT NULL,
  valid_until TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE agreement_places (
  agreement_id BIGINT NOT NULL REFERENCES agreements (id),
  place_id BIGINT NOT NULL REFERENCES places (id),
  PRIMARY KEY (agreement_id, place_id)
);
CREATE INDEX agreement_places_place ON agreement_places (place_id);

CREATE TABLE agreement_products (
  agreement_id BIGINT NOT NULL REFERENCES agreements (id),
  product_id BIGINT NOT NULL REFERENCES service_products (id),
  PRIMARY KEY (agreement_id, product_id)
);

-- The document's bytes, base64-encoded so that both databases store them as text.
CREATE TABLE agreement_documents (
  id {{id}},
  agreement_id BIGINT NOT NULL REFERENCES agreements (id),
  file_name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size_bytes BIGINT NOT NULL,
  content_base64 TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- case_id refers to cases (issue 4); its foreign key is added when that table exists.
CREATE TABLE placement_bookings (
  id {{id}},
  place_id BIGINT NOT NULL REFERENCES places (id),
  client_id BIGINT NOT NULL REFERENCES clients (id),
  case_id BIGINT,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL DEFAULT '',
  created_by BIGINT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX placement_bookings_place ON placement_bookings (place_id, start_date);

CREATE TABLE introductory_visits (
  id {{id}},
  place_id BIGINT NOT NULL REFERENCES places (id),
  client_id BIGINT NOT NULL REFERENCES clients (id),
  visit_date TEXT NOT NULL,
  visit_time TEXT NOT NULL,
  accompanied_by TEXT NOT NULL DEFAULT '',
  outcome TEXT NOT NULL,
  outcome_notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);

CREATE TABLE client_agreements (
  id {{id}},
  client_id BIGINT NOT NULL REFERENCES clients (id),
  purchaser_organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  place_id BIGINT NOT NULL REFERENCES places (id),
  provider_organisation_id BIGINT REFERENCES organisations (id),
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  days_per_week INTEGER NOT NULL,
  hours_per_day INTEGER NOT NULL,
  tasks TEXT NOT NULL,
  responsible_persons TEXT NOT NULL,
  previous_id BIGINT REFERENCES client_agreements (id),
  created_at TEXT NOT NULL
);

CREATE TABLE client_agreement_acknowledgements (
  client_agreement_id BIGINT NOT NULL REFERENCES client_agreements (id),
  party TEXT NOT NULL,
  user_id BIGINT NOT NULL,
  name TEXT NOT NULL,
  acknowledged_at TEXT NOT NULL,
  PRIMARY KEY (client_agreement_id, party)
);

-- A service order (palvelutilaus) of a provider's product for a client, and the provider's answer.
CREATE TABLE service_orders (
  id {{id}},
  client_id BIGINT NOT NULL REFERENCES clients (id),
  purchaser_organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  provider_organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  product_id BIGINT NOT NULL REFERENCES service_products (id),
  place_id BIGINT REFERENCES places (id),
  case_id BIGINT,
  start_date TEXT NOT NULL,
  period_months INTEGER NOT NULL,
  days_per_week INTEGER NOT NULL,
  hours_per_day INTEGER NOT NULL,
  status TEXT NOT NULL,
  response_note TEXT NOT NULL DEFAULT '',
  ordered_by BIGINT NOT NULL,
  created_at TEXT NOT NULL,
  responded_at TEXT NOT NULL DEFAULT ''
);
