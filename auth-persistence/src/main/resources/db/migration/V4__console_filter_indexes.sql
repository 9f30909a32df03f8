-- The remaining filters of the console's sessions and audit pages, each led by the filtered column so that
-- a rare value (an actor, the one LDAP connector, a dialect few clients use) is found without reading the
-- table: ConsoleScaleIT reads the plans of every console query on 100,000 sessions and 1,000,000 audit rows.
-- Plain CREATE INDEX, so H2 (the run command) applies the same file.
CREATE INDEX ix_sessions_connector_created ON sessions (connector, created_at);
CREATE INDEX ix_sessions_dialect_created ON sessions (dialect, created_at);
CREATE INDEX ix_sessions_tenant_created ON sessions (tenant, created_at);
CREATE INDEX ix_audit_connector_at ON audit_records (connector, at);
CREATE INDEX ix_audit_dialect_at ON audit_records (dialect, at);
CREATE INDEX ix_audit_actor_at ON audit_records (actor, at);
-- The sessions table sorted by state: with (x, created_at) for every sortable column x, a sorted page is an
-- index range (JpaSessionStore.orderBy breaks ties on created_at, then id).
CREATE INDEX ix_sessions_state_created ON sessions (state, created_at);
