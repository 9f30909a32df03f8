-- Retention (issue 17): the sweeper purges rows past their retention in bounded batches, each batch one transaction,
-- and reports each sweep in one DATA_PURGED audit record. Plain SQL, so H2 (the run command) applies the same file.

-- What the batches removed and no summary record has reported yet. Each batch adds its count in its own
-- transaction, so the count commits with the deletion; the summary takes and zeroes the row under its lock, so two
-- nodes sweeping at once report every row exactly once, and rows removed by a sweep that died before its summary
-- are reported by the next one.
CREATE TABLE retention_tally (
    kind    VARCHAR(32) NOT NULL PRIMARY KEY,
    purged  BIGINT      NOT NULL DEFAULT 0
);
INSERT INTO retention_tally (kind, purged) VALUES ('sessions', 0);
INSERT INTO retention_tally (kind, purged) VALUES ('refresh_tokens', 0);
INSERT INTO retention_tally (kind, purged) VALUES ('throttles', 0);
INSERT INTO retention_tally (kind, purged) VALUES ('audit_records', 0);

-- Each purge is an index range, oldest first. Audit records by time have ix_audit_at since V1.
CREATE INDEX ix_sessions_ended_at ON sessions (ended_at);
CREATE INDEX ix_refresh_tokens_expires ON refresh_tokens (expires_at);
CREATE INDEX ix_login_throttles_window ON login_throttles (window_start);
