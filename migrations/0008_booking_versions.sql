-- Ending a booking and recording a visit's outcome read, check, then write: a
-- version for optimistic concurrency (a stale PUT answers 409), as agreements have.
ALTER TABLE placement_bookings ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE introductory_visits ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
