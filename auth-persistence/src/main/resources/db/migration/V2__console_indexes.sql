-- Indexes for the admin console's filters and its audit export (issue 4). Plain CREATE/DROP INDEX, so
-- H2 (the run command) applies the same file as PostgreSQL.

-- The export walks the trail newest first by (at, id) in keyset chunks: one index seek per chunk.
-- It serves every query the (at) index served, so it replaces it rather than being kept beside it.
DROP INDEX ix_audit_at;
CREATE INDEX ix_audit_at_id ON audit_records (at, id);
-- Audit filters by client address and by username, newest first.
CREATE INDEX ix_audit_address_at ON audit_records (remote_address, at);
CREATE INDEX ix_audit_username_at ON audit_records (username, at);

-- Session filters by username and by client id, newest first.
CREATE INDEX ix_sessions_username_created ON sessions (username, created_at);
CREATE INDEX ix_sessions_client_created ON sessions (client_id, created_at);
