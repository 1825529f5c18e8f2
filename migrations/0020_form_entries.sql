-- Filled forms of a case: each on the version of its form it was begun on. A draft is saved as it is filled; a
-- completed one is locked, and a correction is a new entry naming the one it corrects and why (the old one kept).
CREATE TABLE form_entries (
  id {{id}},
  case_id BIGINT NOT NULL REFERENCES cases (id),
  client_id BIGINT NOT NULL REFERENCES clients (id),
  form_version_id BIGINT NOT NULL REFERENCES form_versions (id),
  kind TEXT NOT NULL,
  state TEXT NOT NULL,
  answers TEXT NOT NULL,
  corrects_id BIGINT REFERENCES form_entries (id),
  correction_reason TEXT NOT NULL DEFAULT '',
  created_by BIGINT NOT NULL,
  created_at TEXT NOT NULL,
  updated_by BIGINT NOT NULL,
  updated_at TEXT NOT NULL,
  completed_by BIGINT,
  completed_at TEXT,
  version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX form_entries_case ON form_entries (case_id, kind);
