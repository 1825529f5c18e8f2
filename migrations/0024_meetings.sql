-- Meetings of a case (välipalaverit, seeds 000 and 001): scheduled with their participants, each invited by
-- e-mail with an iCalendar invitation through the outbox, then recorded with notes and the next meeting's date.
-- starts_at is Helsinki wall-clock time (YYYY-MM-DDTHH:MM); sequence counts the invitations' revisions (RFC 5546).
CREATE TABLE meetings (
  id {{id}},
  case_id BIGINT NOT NULL REFERENCES cases (id),
  client_id BIGINT NOT NULL REFERENCES clients (id),
  starts_at TEXT NOT NULL,
  minutes INTEGER NOT NULL,
  location TEXT NOT NULL,
  agenda TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL DEFAULT 'scheduled',
  sequence INTEGER NOT NULL DEFAULT 0,
  notes TEXT NOT NULL DEFAULT '',
  next_meeting_on TEXT,
  cancel_reason TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  organizer_id BIGINT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  updated_by BIGINT NOT NULL REFERENCES users (id),
  updated_at TEXT NOT NULL
);
CREATE INDEX meetings_case ON meetings (case_id, starts_at);

-- role: client, own_worker, coach, supervisor, close_person, other. A user's row names them; the client's and
-- a close person's carry the name and address given. attended is set when the meeting is recorded.
CREATE TABLE meeting_participants (
  id {{id}},
  meeting_id BIGINT NOT NULL REFERENCES meetings (id),
  role TEXT NOT NULL,
  user_id BIGINT REFERENCES users (id),
  name TEXT NOT NULL,
  email TEXT NOT NULL DEFAULT '',
  attended INTEGER
);
CREATE INDEX meeting_participants_meeting ON meeting_participants (meeting_id);

-- An e-mail may carry an iCalendar invitation (text/calendar), rendered when it was written like its text.
ALTER TABLE outbox ADD COLUMN calendar TEXT;

-- clients: the client's e-mail address, for the invitations the client gets (0009's columns plus email).
DROP VIEW clients_view;
CREATE VIEW clients_view AS
  SELECT id, organisation_id, first_names, last_name, preferred_language, own_worker_id, email FROM clients;
