-- Guidance: who has been told that a period's 3-month window (by its last day) is falling behind. The key
-- makes the notice once per period, window and recipient, also when several nodes sweep at the same time.
CREATE TABLE guidance_reminders (
  period_id BIGINT NOT NULL REFERENCES periods (id),
  window_end TEXT NOT NULL,
  user_id BIGINT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  PRIMARY KEY (period_id, window_end, user_id)
);
