-- Clients (asiakkaat) of a purchaser organisation.
CREATE TABLE clients (
  id {{id}},
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  first_names TEXT NOT NULL,
  last_name TEXT NOT NULL,
  personal_identity_code TEXT NOT NULL,
  date_of_birth TEXT NOT NULL,
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  street_address TEXT NOT NULL DEFAULT '',
  postal_code TEXT NOT NULL DEFAULT '',
  post_office TEXT NOT NULL DEFAULT '',
  municipality TEXT NOT NULL DEFAULT '',
  preferred_language TEXT NOT NULL DEFAULT 'fi',
  needs_plain_language INTEGER NOT NULL DEFAULT 0,
  representative_kind TEXT NOT NULL DEFAULT '',
  representative_name TEXT NOT NULL DEFAULT '',
  representative_phone TEXT NOT NULL DEFAULT '',
  own_worker_id BIGINT REFERENCES users (id),
  search_text TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (organisation_id, personal_identity_code)
);
CREATE INDEX clients_org_search ON clients (organisation_id, search_text);
