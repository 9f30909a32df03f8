-- The expired-session sweeper (SessionService.expireDue) finds live sessions that are over through three
-- ranges; (state, expires_at) exists since V1, these are the other two.
CREATE INDEX ix_sessions_state_refreshable_until ON sessions (state, refreshable_until);
CREATE INDEX ix_sessions_state_last_seen ON sessions (state, last_seen_at);
