-- Forms as versioned data: each published version of a form kind, of a purchaser (organisation_id) or shipped
-- with Polku (none). A version is never edited once published; a filled form names the version it was filled on.
CREATE TABLE form_versions (
  id {{id}},
  organisation_id BIGINT REFERENCES organisations (id),
  kind TEXT NOT NULL,
  version INTEGER NOT NULL,
  definition TEXT NOT NULL,
  published_by BIGINT REFERENCES users (id),
  published_at TEXT NOT NULL
);
CREATE UNIQUE INDEX form_versions_key ON form_versions (COALESCE(organisation_id, 0), kind, version);
