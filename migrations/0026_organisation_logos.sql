-- An organisation's logo, printed on its documents: a PNG in the stored files (the platform's), or none.
ALTER TABLE organisations ADD COLUMN logo_file_id BIGINT REFERENCES stored_files (id);

-- organisations: the logo's file for the documents' letterhead (0009's columns plus logo_file_id).
DROP VIEW organisations_view;
CREATE VIEW organisations_view AS
  SELECT id, name, is_purchaser, is_provider, is_host, logo_file_id FROM organisations;
