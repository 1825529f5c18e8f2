-- The archive schedule as dated data: how many years each class of record is kept, from when the rule is in
-- force, and what it follows. A new law or archive plan is a new row from its day; the job applies today's rule.
CREATE TABLE retention_schedule (
  id {{id}},
  record_class TEXT NOT NULL,
  years INTEGER NOT NULL,
  valid_from TEXT NOT NULL,
  source TEXT NOT NULL
);
INSERT INTO retention_schedule (record_class, years, valid_from, source) VALUES
  ('client_records', 10, '2015-01-01',
   'Työikäisten sosiaalipalvelujen asiakasasiakirjat: 10 vuotta asiakkuuden päättymisestä (arkistonmuodostussuunnitelma)'),
  ('access_log', 12, '2024-01-01',
   'Asiakastietolaki 703/2023: käyttölokit 12 vuotta niiden syntymisestä (tarkista arkistonmuodostussuunnitelmasta)');

-- Where the access log's chain begins once its oldest entries are removed: the last removed entry's id and hash,
-- from which the chain is verified on.
CREATE TABLE audit_anchor (
  id INTEGER PRIMARY KEY,
  pruned_through_id BIGINT NOT NULL,
  pruned_through_hash TEXT NOT NULL,
  pruned_before TEXT NOT NULL,
  pruned_at TEXT NOT NULL
);
INSERT INTO audit_anchor (id, pruned_through_id, pruned_through_hash, pruned_before, pruned_at)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', '', '');
