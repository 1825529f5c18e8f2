-- An agreed break (tauko) in a period: no day in it is expected, Kela's absence notice lists its scheduled days
-- as days the service was not arranged, and the guidance windows grow by its days. A break ended early keeps its
-- days gone by (to_day moves, never into the past).
CREATE TABLE period_breaks (
  id {{id}},
  period_id BIGINT NOT NULL REFERENCES periods (id),
  from_day TEXT NOT NULL,
  to_day TEXT NOT NULL,
  reason TEXT NOT NULL,
  created_by BIGINT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX period_breaks_period ON period_breaks (period_id, from_day);

-- What compensation (the absence notices) and guidance (the windows) read of the breaks.
CREATE VIEW period_breaks_view AS
  SELECT period_id, from_day, to_day FROM period_breaks;
