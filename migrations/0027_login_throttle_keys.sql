-- Sign-in is throttled per username at a source address and per address across usernames (no longer per username
-- alone, with which a stranger could lock a worker out): one row per such key. The old rows are per username only.
DELETE FROM login_throttle;
ALTER TABLE login_throttle RENAME COLUMN username TO throttle_key;
