-- Periods (jaksot) of a case's implementation at a booked place, their weekly schedule in steps,
-- days moved within a week by agreement, daily attendance with its history of changes, and the
-- alerts of absences without notice. A place's own closed days are the registry's.
CREATE TABLE periods (
  id {{id}},
  case_id BIGINT NOT NULL REFERENCES cases (id),
  client_id BIGINT NOT NULL REFERENCES clients (id),
  booking_id BIGINT NOT NULL REFERENCES placement_bookings (id),
  client_agreement_id BIGINT NOT NULL REFERENCES client_agreements (id),
  place_id BIGINT NOT NULL REFERENCES places (id),
  previous_id BIGINT REFERENCES periods (id),
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  coach_user_id BIGINT REFERENCES users (id),
  version BIGINT NOT NULL DEFAULT 1,
  created_by BIGINT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX periods_case ON periods (case_id);
CREATE INDEX periods_place ON periods (place_id, start_date);

-- The weekly schedule from `from_date` on: one row per weekday worked, with its hours.
CREATE TABLE period_steps (
  period_id BIGINT NOT NULL REFERENCES periods (id),
  from_date TEXT NOT NULL,
  weekday INTEGER NOT NULL,
  hours INTEGER NOT NULL,
  created_by BIGINT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (period_id, from_date, weekday)
);

-- A scheduled day the client works on another day of the same calendar week instead.
CREATE TABLE period_day_moves (
  id {{id}},
  period_id BIGINT NOT NULL REFERENCES periods (id),
  from_day TEXT NOT NULL,
  to_day TEXT NOT NULL,
  reason TEXT NOT NULL,
  created_by BIGINT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX period_day_moves_from ON period_day_moves (period_id, from_day);
CREATE UNIQUE INDEX period_day_moves_to ON period_day_moves (period_id, to_day);

CREATE TABLE attendance (
  id {{id}},
  period_id BIGINT NOT NULL REFERENCES periods (id),
  client_id BIGINT NOT NULL REFERENCES clients (id),
  day TEXT NOT NULL,
  status TEXT NOT NULL,
  absence_reason TEXT NOT NULL DEFAULT '',
  minutes INTEGER NOT NULL DEFAULT 0,
  note TEXT NOT NULL DEFAULT '',
  recorded_by BIGINT NOT NULL,
  recorded_at TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX attendance_day ON attendance (period_id, day);

-- Every mark and change of a day: who, when, what it was and became, and why (required after the day).
-- `mark_id` is the phone's own id of a mark, so a mark sent again after a lost answer is not made twice.
CREATE TABLE attendance_changes (
  id {{id}},
  attendance_id BIGINT NOT NULL REFERENCES attendance (id),
  mark_id TEXT,
  changed_by BIGINT NOT NULL,
  changed_at TEXT NOT NULL,
  status_before TEXT NOT NULL DEFAULT '',
  reason_before TEXT NOT NULL DEFAULT '',
  minutes_before INTEGER NOT NULL DEFAULT 0,
  status_after TEXT NOT NULL,
  reason_after TEXT NOT NULL DEFAULT '',
  minutes_after INTEGER NOT NULL DEFAULT 0,
  why TEXT NOT NULL DEFAULT ''
);
CREATE INDEX attendance_changes_attendance ON attendance_changes (attendance_id);
CREATE UNIQUE INDEX attendance_changes_mark ON attendance_changes (mark_id);

-- An absence without notice, for the client's own worker to see to.
CREATE TABLE absence_alerts (
  id {{id}},
  attendance_id BIGINT NOT NULL REFERENCES attendance (id),
  case_id BIGINT NOT NULL REFERENCES cases (id),
  client_id BIGINT NOT NULL REFERENCES clients (id),
  recipient_user_id BIGINT REFERENCES users (id),
  created_at TEXT NOT NULL,
  handled_by BIGINT REFERENCES users (id),
  handled_at TEXT,
  handled_note TEXT NOT NULL DEFAULT '',
  -- KTT: the absence had no acceptable reason, and the day the employment authority was told of it.
  no_acceptable_reason INTEGER NOT NULL DEFAULT 0,
  employment_authority_told_on TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX absence_alerts_attendance ON absence_alerts (attendance_id);
CREATE INDEX absence_alerts_recipient ON absence_alerts (recipient_user_id, handled_at);

-- registry: the days a place is closed (a summer break, a day off), never scheduled.
CREATE TABLE place_closed_days (
  place_id BIGINT NOT NULL REFERENCES places (id),
  day TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  created_by BIGINT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (place_id, day)
);
CREATE VIEW place_closed_days_view AS SELECT place_id, day FROM place_closed_days;

-- cases: who takes part in a case for a provider, and the coach it named.
CREATE VIEW case_participants_view AS SELECT case_id, provider_organisation_id, coach_user_id FROM case_participants;

-- The place's supervisor's notes on how the client manages the tasks, and the feedback given (seed 000).
CREATE TABLE observations (
  id {{id}},
  period_id BIGINT NOT NULL REFERENCES periods (id),
  client_id BIGINT NOT NULL REFERENCES clients (id),
  day TEXT NOT NULL,
  note TEXT NOT NULL,
  feedback TEXT NOT NULL DEFAULT '',
  author_id BIGINT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL
);
CREATE INDEX observations_period ON observations (period_id, day);

-- The orientation (perehdytys) of a new client: each item of the place's checklist ticked with its day.
CREATE TABLE orientation_items (
  period_id BIGINT NOT NULL REFERENCES periods (id),
  item TEXT NOT NULL,
  done_on TEXT NOT NULL,
  done_by BIGINT NOT NULL REFERENCES users (id),
  PRIMARY KEY (period_id, item)
);

-- A user's secret link to their calendar feed (only its hash is kept); renewing it replaces the row.
CREATE TABLE calendar_feeds (
  user_id BIGINT PRIMARY KEY REFERENCES users (id),
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);

-- Groups at a place (seed 004: day activity and disability work activity run mostly in groups): their weekly
-- sessions, their instructor and their participants, each taking part with their own period.
CREATE TABLE activity_groups (
  id {{id}},
  place_id BIGINT NOT NULL REFERENCES places (id),
  name TEXT NOT NULL,
  instructor_user_id BIGINT REFERENCES users (id),
  created_by BIGINT NOT NULL,
  created_at TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX activity_groups_place ON activity_groups (place_id);
CREATE TABLE group_sessions (
  group_id BIGINT NOT NULL REFERENCES activity_groups (id),
  weekday INTEGER NOT NULL,
  start_time TEXT NOT NULL,
  hours INTEGER NOT NULL,
  PRIMARY KEY (group_id, weekday)
);
CREATE TABLE group_members (
  group_id BIGINT NOT NULL REFERENCES activity_groups (id),
  period_id BIGINT NOT NULL REFERENCES periods (id),
  client_id BIGINT NOT NULL REFERENCES clients (id),
  added_by BIGINT NOT NULL,
  added_at TEXT NOT NULL,
  PRIMARY KEY (group_id, period_id)
);

-- The client's own schedule of a period as a calendar feed: a secret link the social instructor gives the client.
CREATE TABLE period_calendar_feeds (
  period_id BIGINT PRIMARY KEY REFERENCES periods (id),
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);
