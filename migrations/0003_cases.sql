-- Service types as data, cases (asiakkuudet) with their stage records and
-- timeline, decisions (päätökset), notices and each region's process model.

-- A service type; accepted_plan_kinds is a comma-separated list of plan kinds.
CREATE TABLE service_types (
  code TEXT PRIMARY KEY,
  sort_order INTEGER NOT NULL,
  name_fi TEXT NOT NULL,
  name_sv TEXT NOT NULL,
  name_en TEXT NOT NULL,
  legal_basis_fi TEXT NOT NULL,
  legal_basis_sv TEXT NOT NULL,
  legal_basis_en TEXT NOT NULL,
  plan_required INTEGER NOT NULL,
  accepted_plan_kinds TEXT NOT NULL,
  absence_sanctionable INTEGER NOT NULL,
  compensation_kind TEXT NOT NULL
);

-- Limits by validity: a change in law is a new row, not new code.
CREATE TABLE service_type_limits (
  id {{id}},
  service_type TEXT NOT NULL REFERENCES service_types (code),
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  days_per_week_min INTEGER NOT NULL,
  days_per_week_max INTEGER NOT NULL,
  hours_per_day_min INTEGER NOT NULL,
  hours_per_day_max INTEGER NOT NULL,
  period_months_min INTEGER NOT NULL,
  period_months_max INTEGER NOT NULL,
  months_per_decision_max INTEGER
);
CREATE INDEX service_type_limits_type ON service_type_limits (service_type, valid_from);

INSERT INTO service_types VALUES ('ktt', 1, 'Kuntouttava työtoiminta', 'Arbetsverksamhet i rehabiliteringssyfte',
  'Rehabilitative work activity',
  'Laki kuntouttavasta työtoiminnasta 189/2001, 13 § (muut. 142/2015)',
  'Lag om arbetsverksamhet i rehabiliteringssyfte 189/2001, 13 § (ändr. 142/2015)',
  'Act on Rehabilitative Work Activity 189/2001, section 13 (as amended by 142/2015)',
  1, 'activation_plan,multisectoral_employment_plan', 1, 'expense_allowance');
INSERT INTO service_types VALUES ('work_activity', 2, 'Osallisuutta ja toimintakykyä vahvistava työtoiminta',
  'Arbetsverksamhet som stärker delaktighet och funktionsförmåga', 'Work activity strengthening inclusion and functional capacity',
  'Sosiaalihuoltolaki 1301/2014', 'Socialvårdslagen 1301/2014', 'Social Welfare Act 1301/2014',
  1, 'client_plan', 0, 'work_activity_compensation');
INSERT INTO service_types VALUES ('disability_work_activity', 3, 'Vammaisten henkilöiden työtoiminta',
  'Arbetsverksamhet för personer med funktionsnedsättning', 'Work activity for persons with disabilities',
  'Sosiaalihuoltolaki 1301/2014, 27 e §', 'Socialvårdslagen 1301/2014, 27 e §', 'Social Welfare Act 1301/2014, section 27 e',
  1, 'client_plan', 0, 'work_activity_compensation');
INSERT INTO service_types VALUES ('day_activity', 4, 'Päivätoiminta', 'Dagverksamhet', 'Day activity',
  'Sosiaalihuoltolaki 1301/2014', 'Socialvårdslagen 1301/2014', 'Social Welfare Act 1301/2014',
  1, 'client_plan', 0, 'none');
INSERT INTO service_types VALUES ('job_coaching', 5, 'Työhönvalmennus', 'Arbetsträning', 'Job coaching',
  'Sosiaalihuoltolaki 1301/2014, 27 d §', 'Socialvårdslagen 1301/2014, 27 d §', 'Social Welfare Act 1301/2014, section 27 d',
  1, 'client_plan', 0, 'none');
INSERT INTO service_types VALUES ('supported_employment', 6, 'Tuettu työllistyminen', 'Arbete med stöd',
  'Supported employment',
  'Sosiaalihuoltolaki 1301/2014, 27 d §', 'Socialvårdslagen 1301/2014, 27 d §', 'Social Welfare Act 1301/2014, section 27 d',
  1, 'client_plan', 0, 'none');

-- valid_from 2000-01-01: in force since before Polku; a change in law adds a row
-- and closes this one with valid_to.
INSERT INTO service_type_limits (service_type, valid_from, valid_to, days_per_week_min, days_per_week_max,
  hours_per_day_min, hours_per_day_max, period_months_min, period_months_max, months_per_decision_max)
VALUES ('ktt', '2000-01-01', NULL, 1, 4, 4, 8, 3, 24, NULL);
INSERT INTO service_type_limits (service_type, valid_from, valid_to, days_per_week_min, days_per_week_max,
  hours_per_day_min, hours_per_day_max, period_months_min, period_months_max, months_per_decision_max)
VALUES ('work_activity', '2000-01-01', NULL, 1, 5, 2, 6, 1, 12, 3);
INSERT INTO service_type_limits (service_type, valid_from, valid_to, days_per_week_min, days_per_week_max,
  hours_per_day_min, hours_per_day_max, period_months_min, period_months_max, months_per_decision_max)
VALUES ('disability_work_activity', '2000-01-01', NULL, 1, 5, 1, 7, 1, 24, NULL);
INSERT INTO service_type_limits (service_type, valid_from, valid_to, days_per_week_min, days_per_week_max,
  hours_per_day_min, hours_per_day_max, period_months_min, period_months_max, months_per_decision_max)
VALUES ('day_activity', '2000-01-01', NULL, 1, 5, 1, 6, 1, 24, NULL);
INSERT INTO service_type_limits (service_type, valid_from, valid_to, days_per_week_min, days_per_week_max,
  hours_per_day_min, hours_per_day_max, period_months_min, period_months_max, months_per_decision_max)
VALUES ('job_coaching', '2000-01-01', NULL, 1, 5, 1, 8, 1, 12, NULL);
INSERT INTO service_type_limits (service_type, valid_from, valid_to, days_per_week_min, days_per_week_max,
  hours_per_day_min, hours_per_day_max, period_months_min, period_months_max, months_per_decision_max)
VALUES ('supported_employment', '2000-01-01', NULL, 1, 5, 1, 8, 1, 24, NULL);

-- Per region: who is responsible for each stage, and whether instructors may
-- decide. A region without a row uses the defaults in code.
CREATE TABLE process_models (
  region_id BIGINT PRIMARY KEY REFERENCES regions (id),
  instructors_may_decide INTEGER NOT NULL DEFAULT 0,
  referral_role TEXT NOT NULL,
  assessment_role TEXT NOT NULL,
  plan_role TEXT NOT NULL,
  start_role TEXT NOT NULL,
  implementation_role TEXT NOT NULL,
  end_role TEXT NOT NULL,
  follow_up_role TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1
);

-- A case; the stage records live in columns, '' and 0 meaning "not recorded".
CREATE TABLE cases (
  id {{id}},
  client_id BIGINT NOT NULL REFERENCES clients (id),
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  region_id BIGINT REFERENCES regions (id),
  service_type TEXT NOT NULL REFERENCES service_types (code),
  stage TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'active',
  stage_since TEXT NOT NULL,
  interruption_reason TEXT NOT NULL DEFAULT '',
  referral_source TEXT NOT NULL DEFAULT '',
  referral_referrer_name TEXT NOT NULL DEFAULT '',
  referral_order_text TEXT NOT NULL DEFAULT '',
  referral_date TEXT NOT NULL DEFAULT '',
  assessment_criteria TEXT NOT NULL DEFAULT '',
  assessment_outcome TEXT NOT NULL DEFAULT '',
  assessment_author_id BIGINT NOT NULL DEFAULT 0,
  assessment_date TEXT NOT NULL DEFAULT '',
  plan_kind TEXT NOT NULL DEFAULT '',
  plan_date TEXT NOT NULL DEFAULT '',
  plan_external_reference TEXT NOT NULL DEFAULT '',
  plan_tasks_and_place TEXT NOT NULL DEFAULT '',
  plan_hours_per_day INTEGER NOT NULL DEFAULT 0,
  plan_days_per_week INTEGER NOT NULL DEFAULT 0,
  plan_start_date TEXT NOT NULL DEFAULT '',
  plan_length_months INTEGER NOT NULL DEFAULT 0,
  plan_other_services TEXT NOT NULL DEFAULT '',
  plan_goal TEXT NOT NULL DEFAULT '',
  plan_support_and_guidance TEXT NOT NULL DEFAULT '',
  plan_evaluation_date TEXT NOT NULL DEFAULT '',
  end_reason TEXT NOT NULL DEFAULT '',
  end_date TEXT NOT NULL DEFAULT '',
  end_interruption_reason TEXT NOT NULL DEFAULT '',
  end_acceptable_reason INTEGER NOT NULL DEFAULT 1,
  end_notify_employment_authority INTEGER NOT NULL DEFAULT 0,
  follow_up_category TEXT NOT NULL DEFAULT '',
  follow_up_none_reason TEXT NOT NULL DEFAULT '',
  follow_up_description TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX cases_client ON cases (client_id);
CREATE INDEX cases_organisation_stage ON cases (organisation_id, stage);
-- One open case per client and service type.
CREATE UNIQUE INDEX cases_one_open ON cases (client_id, service_type) WHERE stage <> 'closed';

-- The case's timeline: every transition and edit, who and when.
CREATE TABLE case_events (
  id {{id}},
  case_id BIGINT NOT NULL REFERENCES cases (id),
  at TEXT NOT NULL,
  user_id BIGINT NOT NULL,
  action TEXT NOT NULL,
  from_stage TEXT NOT NULL DEFAULT '',
  to_stage TEXT NOT NULL DEFAULT '',
  detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_events_case ON case_events (case_id, id);

CREATE TABLE decisions (
  id {{id}},
  case_id BIGINT NOT NULL REFERENCES cases (id),
  service_type TEXT NOT NULL,
  legal_basis TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  days_per_week_max INTEGER NOT NULL,
  hours_per_day_max INTEGER NOT NULL,
  decision_maker_id BIGINT NOT NULL REFERENCES users (id),
  decision_date TEXT NOT NULL,
  language TEXT NOT NULL,
  appeal_instructions TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'draft',
  replaces_decision_id BIGINT REFERENCES decisions (id),
  signed_at TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX decisions_case ON decisions (case_id, id);

CREATE TABLE case_notices (
  id {{id}},
  case_id BIGINT NOT NULL REFERENCES cases (id),
  kind TEXT NOT NULL,
  sent_on TEXT NOT NULL,
  recipient TEXT NOT NULL,
  start_date TEXT NOT NULL DEFAULT '',
  length_months INTEGER NOT NULL DEFAULT 0,
  place TEXT NOT NULL DEFAULT '',
  hours_per_day INTEGER NOT NULL DEFAULT 0,
  days_per_week INTEGER NOT NULL DEFAULT 0,
  interruption_reason TEXT NOT NULL DEFAULT '',
  interruption_date TEXT NOT NULL DEFAULT '',
  created_by BIGINT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX case_notices_case ON case_notices (case_id, id);
