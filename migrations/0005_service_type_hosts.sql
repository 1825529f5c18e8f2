-- Which service types a company may host (DESIGN.md §2): KTT only at public
-- units, associations, foundations and parishes. Data, so the registry's rule
-- reads it instead of a table in code.
ALTER TABLE service_types ADD COLUMN company_may_host INTEGER NOT NULL DEFAULT 1;
UPDATE service_types SET company_may_host = 0 WHERE code = 'ktt';
