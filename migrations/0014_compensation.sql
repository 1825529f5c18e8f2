-- Compensation (korvaukset) of attended days: the rates as dated data, the clients' benefit payers and travel
-- fares with their dates, travel claims, corrections of approved months, and the approved monthly batches.

-- A daily amount in force from a date: a change of law (an amount, who pays) is a new row, never code.
-- organisation_id: a purchaser's own rate (the work activity compensation of the county); NULL: the law's.
CREATE TABLE compensation_rates (
  id {{id}},
  organisation_id BIGINT REFERENCES organisations (id),
  service_type TEXT NOT NULL REFERENCES service_types (code),
  kind TEXT NOT NULL,
  benefit TEXT NOT NULL,
  payer TEXT NOT NULL,
  amount_cents BIGINT NOT NULL,
  max_days_per_week INTEGER,
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  created_by BIGINT REFERENCES users (id),
  created_at TEXT NOT NULL
);
CREATE INDEX compensation_rates_type ON compensation_rates (service_type, valid_from);

-- The amounts of 2025 as Kela and the Act on Rehabilitative Work Activity give them (DESIGN.md, "Money"):
-- the expense allowance 9 €/attended day, at most 5 days a calendar week, paid by Kela or the client's fund with
-- the unemployment benefit (työttömyysturvalaki 1290/2002 ch. 10); activity money 9 €/attended day from the
-- purchaser to clients on social assistance (189/2001 § 18). Polku pays no day before these rows; an earlier
-- amount would be an earlier row.
INSERT INTO compensation_rates (service_type, kind, benefit, payer, amount_cents, max_days_per_week, valid_from,
  created_at) VALUES ('ktt', 'expense_allowance', 'kela', 'benefit_payer', 900, 5, '2025-01-01', '2026-12-02T00:00:00Z');
INSERT INTO compensation_rates (service_type, kind, benefit, payer, amount_cents, max_days_per_week, valid_from,
  created_at) VALUES ('ktt', 'expense_allowance', 'unemployment_fund', 'benefit_payer', 900, 5, '2025-01-01',
  '2026-12-02T00:00:00Z');
INSERT INTO compensation_rates (service_type, kind, benefit, payer, amount_cents, max_days_per_week, valid_from,
  created_at) VALUES ('ktt', 'activity_money', 'social_assistance', 'purchaser', 900, NULL, '2025-01-01',
  '2026-12-02T00:00:00Z');

-- Where a client's benefit comes from, with its dates; a client on both a Kela benefit and social assistance
-- has two rows.
CREATE TABLE client_benefits (
  id {{id}},
  client_id BIGINT NOT NULL REFERENCES clients (id),
  payer TEXT NOT NULL,
  fund_name TEXT NOT NULL DEFAULT '',
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  created_by BIGINT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL
);
CREATE INDEX client_benefits_client ON client_benefits (client_id, valid_from);

-- The client's fare by the cheapest means of travel, per attended day, from a date.
CREATE TABLE travel_fares (
  id {{id}},
  client_id BIGINT NOT NULL REFERENCES clients (id),
  cents_per_day BIGINT NOT NULL,
  means TEXT NOT NULL,
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  created_by BIGINT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL
);
CREATE INDEX travel_fares_client ON travel_fares (client_id, valid_from);

-- The approved monthly batches of a purchaser: approving freezes the month's attendance.
CREATE TABLE compensation_batches (
  id {{id}},
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  month TEXT NOT NULL,
  total_cents BIGINT NOT NULL,
  approved_by BIGINT NOT NULL REFERENCES users (id),
  approved_at TEXT NOT NULL
);
CREATE UNIQUE INDEX compensation_batches_month ON compensation_batches (organisation_id, month);

-- A batch's lines as approved: what was paid stays as it was, whatever changes later.
CREATE TABLE compensation_batch_lines (
  id {{id}},
  batch_id BIGINT NOT NULL REFERENCES compensation_batches (id),
  client_id BIGINT NOT NULL REFERENCES clients (id),
  kind TEXT NOT NULL,
  payer TEXT NOT NULL,
  fund_name TEXT NOT NULL DEFAULT '',
  unit_cents BIGINT NOT NULL,
  days INTEGER NOT NULL,
  amount_cents BIGINT NOT NULL,
  first_day TEXT NOT NULL,
  last_day TEXT NOT NULL,
  adjustment_id BIGINT,
  claim_id BIGINT,
  reason TEXT NOT NULL DEFAULT '',
  recorded_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX compensation_batch_lines_batch ON compensation_batch_lines (batch_id, client_id);

-- A travel cost claimed with a receipt: in the first batch approved after it.
CREATE TABLE travel_claims (
  id {{id}},
  client_id BIGINT NOT NULL REFERENCES clients (id),
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  day TEXT NOT NULL,
  cents BIGINT NOT NULL,
  description TEXT NOT NULL,
  batch_id BIGINT REFERENCES compensation_batches (id),
  created_by BIGINT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL
);
CREATE INDEX travel_claims_pending ON travel_claims (organisation_id, batch_id);

-- A correction of a day of an approved month, with who and why: in the next batch approved.
CREATE TABLE compensation_adjustments (
  id {{id}},
  client_id BIGINT NOT NULL REFERENCES clients (id),
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  service_type TEXT NOT NULL,
  day TEXT NOT NULL,
  attended INTEGER NOT NULL,
  reason TEXT NOT NULL,
  batch_id BIGINT REFERENCES compensation_batches (id),
  created_by BIGINT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX compensation_adjustments_day ON compensation_adjustments (client_id, day);
CREATE INDEX compensation_adjustments_pending ON compensation_adjustments (organisation_id, batch_id);

-- periods: each day's attendance, for the modules that count it.
CREATE VIEW attendance_view AS
  SELECT id, period_id, client_id, day, status, absence_reason FROM attendance;

-- clients: the identity code, for a payment system's export of an approved batch.
CREATE VIEW client_identities_view AS
  SELECT id, personal_identity_code FROM clients;

-- compensation: the months approved, whose attendance is frozen.
CREATE VIEW approved_months_view AS
  SELECT organisation_id, month FROM compensation_batches;

-- The absence notices sent to Kela (TT3) or a fund: what each said, who sent it and when. A window sent again
-- (a correction after its attendance changed) is a new row; the newest is the one in force.
CREATE TABLE absence_notices (
  id {{id}},
  period_id BIGINT NOT NULL REFERENCES periods (id),
  client_id BIGINT NOT NULL REFERENCES clients (id),
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  window_from TEXT NOT NULL,
  window_to TEXT NOT NULL,
  recipient TEXT NOT NULL,
  fund_name TEXT NOT NULL DEFAULT '',
  content_json TEXT NOT NULL,
  sent_by BIGINT NOT NULL REFERENCES users (id),
  sent_at TEXT NOT NULL
);
CREATE INDEX absence_notices_period ON absence_notices (period_id, window_from);
CREATE INDEX absence_notices_organisation ON absence_notices (organisation_id);

-- periods: the weekly schedules and the days moved, for the days a notice counts.
CREATE VIEW period_steps_view AS
  SELECT period_id, from_date, weekday, hours FROM period_steps;
CREATE VIEW period_day_moves_view AS
  SELECT period_id, from_day, to_day FROM period_day_moves;
