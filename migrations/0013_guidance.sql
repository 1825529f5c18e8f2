-- Guidance (ohjaus): the sessions of individual, social and group guidance given to a client during a period,
-- counted against the product's promise in each 3-month window from the period's start.
CREATE TABLE guidance_sessions (
  id {{id}},
  period_id BIGINT NOT NULL REFERENCES periods (id),
  case_id BIGINT NOT NULL REFERENCES cases (id),
  client_id BIGINT NOT NULL REFERENCES clients (id),
  day TEXT NOT NULL,
  minutes INTEGER NOT NULL,
  kind TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  given_by BIGINT NOT NULL REFERENCES users (id),
  -- The giver's profession when it was given: a later change of the user's record does not rewrite it.
  given_by_professional INTEGER NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX guidance_sessions_period ON guidance_sessions (period_id, day);

-- organisations: whether a user is a social welfare professional (sosiaalihuollon ammattihenkilö), who alone
-- gives social guidance; published in users_view (0012's columns plus this).
ALTER TABLE users ADD COLUMN social_welfare_professional INTEGER NOT NULL DEFAULT 0;
DROP VIEW users_view;
CREATE VIEW users_view AS
  SELECT id, username, display_name, language, active, email, social_welfare_professional FROM users;

-- periods: the periods' dates and coaches, for the modules that count what happens in a period.
CREATE VIEW periods_view AS
  SELECT id, case_id, client_id, place_id, start_date, end_date, coach_user_id FROM periods;

-- service_orders: the accepted orders of a case, each with its product.
CREATE VIEW accepted_orders_view AS
  SELECT id, case_id, provider_organisation_id, product_id FROM service_orders WHERE status = 'accepted';

-- agreements: the products' promise of guidance (0009's columns plus these).
DROP VIEW service_products_view;
CREATE VIEW service_products_view AS
  SELECT id, name, provider_organisation_id, min_guidance_hours_per_3_months, includes_social_guidance
  FROM service_products;
