-- Bytes kept as they were given (uploads and issued documents), one row per file, never updated: the checksum
-- is the SHA-256 of the content, checked on every read. The platform owns it; a module keeps a file's id.
CREATE TABLE stored_files (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL,
  size_bytes BIGINT NOT NULL,
  content_type TEXT NOT NULL,
  content BLOB NOT NULL,
  created_at TEXT NOT NULL
);

-- The agreements' documents leave their base64 text column for stored_files, keeping their ids (the table is new).
-- polku_unbase64 and polku_sha256 are registered by Polku on every SQLite connection (platform/db).
INSERT INTO stored_files (id, sha256, size_bytes, content_type, content, created_at)
  SELECT id, polku_sha256(polku_unbase64(content_base64)), size_bytes, content_type,
         polku_unbase64(content_base64), created_at
  FROM agreement_documents;
ALTER TABLE agreement_documents ADD COLUMN file_id BIGINT REFERENCES stored_files (id);
UPDATE agreement_documents SET file_id = id;
ALTER TABLE agreement_documents DROP COLUMN content_base64;

-- A document as it was given on a case (a decision, a filled form, a certificate): kept, never changed, so that
-- it can be shown later exactly as given. One per source and language, except certificates, issued anew.
-- audience: case (every party with access to the case, the provider too) or purchaser (its own side only).
CREATE TABLE issued_documents (
  id INTEGER PRIMARY KEY,
  case_id BIGINT NOT NULL REFERENCES cases (id),
  kind TEXT NOT NULL,
  source_id BIGINT NOT NULL,
  language TEXT NOT NULL,
  title TEXT NOT NULL,
  audience TEXT NOT NULL,
  file_name TEXT NOT NULL,
  file_id BIGINT NOT NULL REFERENCES stored_files (id),
  sha256 TEXT NOT NULL,
  size_bytes BIGINT NOT NULL,
  issued_by BIGINT NOT NULL REFERENCES users (id),
  issued_at TEXT NOT NULL
);
CREATE INDEX issued_documents_case ON issued_documents (case_id, id);
CREATE UNIQUE INDEX issued_documents_once ON issued_documents (kind, source_id, language) WHERE kind <> 'certificate';
