-- A case's goals (tavoitteet): set in a plan with how each will be seen to be reached, rated on one scale by
-- every evaluation (its form entry), revised with a reason and the text before kept.
CREATE TABLE case_goals (
  id {{id}},
  case_id BIGINT NOT NULL REFERENCES cases (id),
  client_id BIGINT NOT NULL REFERENCES clients (id),
  set_in_entry_id BIGINT REFERENCES form_entries (id),
  goal TEXT NOT NULL,
  measure TEXT NOT NULL,
  created_by BIGINT NOT NULL,
  created_at TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX case_goals_case ON case_goals (case_id);

CREATE TABLE case_goal_revisions (
  id {{id}},
  goal_id BIGINT NOT NULL REFERENCES case_goals (id),
  goal_before TEXT NOT NULL,
  measure_before TEXT NOT NULL,
  reason TEXT NOT NULL,
  revised_by BIGINT NOT NULL,
  revised_at TEXT NOT NULL
);

-- One rating of a goal per evaluation, on the goal scale (1–5).
CREATE TABLE goal_ratings (
  id {{id}},
  goal_id BIGINT NOT NULL REFERENCES case_goals (id),
  entry_id BIGINT NOT NULL REFERENCES form_entries (id),
  rating INTEGER NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  rated_by BIGINT NOT NULL,
  rated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX goal_ratings_once ON goal_ratings (goal_id, entry_id);
