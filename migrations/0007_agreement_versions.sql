-- Agreements and service products become editable: a version for optimistic
-- concurrency (a stale PUT answers 409), as places and cases have.
ALTER TABLE agreements ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE service_products ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
