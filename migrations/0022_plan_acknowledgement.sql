-- A completed implementation plan is delivered to the client's own worker, who acknowledges it (seed 003).
ALTER TABLE form_entries ADD COLUMN acknowledged_by BIGINT REFERENCES users (id);
ALTER TABLE form_entries ADD COLUMN acknowledged_at TEXT;
