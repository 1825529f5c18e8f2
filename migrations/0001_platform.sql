-- Organisations, users, roles, sessions and the audit log.
-- {{id}} expands to the dialect's auto-increment primary key.

CREATE TABLE organisations (
  id {{id}},
  name TEXT NOT NULL,
  is_purchaser INTEGER NOT NULL DEFAULT 0,
  is_provider INTEGER NOT NULL DEFAULT 0,
  is_host INTEGER NOT NULL DEFAULT 0,
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX organisations_name ON organisations (name);

CREATE TABLE regions (
  id {{id}},
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  name TEXT NOT NULL,
  UNIQUE (organisation_id, name)
);

CREATE TABLE users (
  id {{id}},
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  email TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT 'fi',
  password_hash TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE user_roles (
  user_id BIGINT NOT NULL REFERENCES users (id),
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  role TEXT NOT NULL,
  PRIMARY KEY (user_id, organisation_id, role)
);

-- The cookie holds a random token; only its hash is stored.
CREATE TABLE auth_sessions (
  id TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users (id),
  csrf_token TEXT NOT NULL,
  created_ms BIGINT NOT NULL,
  expires_ms BIGINT NOT NULL
);
CREATE INDEX auth_sessions_user ON auth_sessions (user_id);

CREATE TABLE login_throttle (
  username TEXT PRIMARY KEY,
  failures INTEGER NOT NULL,
  first_failure_ms BIGINT NOT NULL,
  locked_until_ms BIGINT NOT NULL
);

-- Append-only; each row's hash covers the previous row's hash.
CREATE TABLE audit_log (
  id BIGINT PRIMARY KEY,
  at TEXT NOT NULL,
  user_id BIGINT NOT NULL,
  client_id BIGINT NOT NULL,
  action TEXT NOT NULL,
  endpoint TEXT NOT NULL,
  request_id TEXT NOT NULL,
  detail TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_log_client ON audit_log (client_id, id);

CREATE TABLE audit_head (
  id INTEGER PRIMARY KEY,
  last_id BIGINT NOT NULL,
  last_hash TEXT NOT NULL
);
INSERT INTO audit_head (id, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
