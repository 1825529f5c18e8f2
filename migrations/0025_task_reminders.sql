-- Whom the due dates' sweep has told of which task (a plan update, an evaluation, a meeting or a placement feedback
-- coming due): one row per user and task, written in the notice's unit, so several nodes sweeping at once still
-- tell once. task_key names the task and its due date, so a new date is a new task.
CREATE TABLE task_reminders (
  user_id BIGINT NOT NULL REFERENCES users (id),
  task_key TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (user_id, task_key)
);
