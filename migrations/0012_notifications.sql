-- Notifications: a user's in-app notices and the e-mails that tell of them.
-- An outbox row is written in the same transaction as the change it tells of, and holds the
-- e-mail as rendered then (address, language, subject, body): the sender needs nothing else,
-- and a later change of texts or of the user's address does not alter a message already due.

CREATE TABLE notifications (
  id {{id}},
  user_id BIGINT NOT NULL REFERENCES users (id),
  kind TEXT NOT NULL,
  client_id BIGINT REFERENCES clients (id),
  link TEXT NOT NULL,
  params TEXT NOT NULL,
  created_at TEXT NOT NULL,
  read_at TEXT
);
CREATE INDEX notifications_user ON notifications (user_id, id);

-- status: pending -> sending (claimed by a node until claimed_until) -> sent | pending again
-- (next_attempt_at, after a failure) | failed (given up). Instants are UTC ISO text.
CREATE TABLE outbox (
  id {{id}},
  notification_id BIGINT REFERENCES notifications (id),
  recipient TEXT NOT NULL,
  language TEXT NOT NULL,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending',
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  claimed_by TEXT,
  claimed_until TEXT,
  last_error TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  sent_at TEXT
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);

-- organisations publishes the users' e-mail addresses to the notifications (0009's view plus email).
DROP VIEW users_view;
CREATE VIEW users_view AS
  SELECT id, username, display_name, language, active, email FROM users;
