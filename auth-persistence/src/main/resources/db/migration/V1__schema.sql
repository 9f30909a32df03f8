-- authgate schema, version 1. Written to run unchanged on PostgreSQL (production, every test) and on
-- H2 in PostgreSQL mode (the zero-setup run command only): no functional or partial indexes, so
-- case-insensitive uniqueness uses stored lower-case columns.

CREATE TABLE accounts (
    id                   UUID          NOT NULL PRIMARY KEY,
    tenant               VARCHAR(64)   NOT NULL,
    username             VARCHAR(255)  NOT NULL,
    username_lower       VARCHAR(255)  NOT NULL,
    email                VARCHAR(320),
    email_lower          VARCHAR(320),
    email_verified       BOOLEAN       NOT NULL DEFAULT FALSE,
    first_name           VARCHAR(255),
    last_name            VARCHAR(255),
    password_hash        VARCHAR(512)  NOT NULL,
    disabled             BOOLEAN       NOT NULL DEFAULT FALSE,
    banned               BOOLEAN       NOT NULL DEFAULT FALSE,
    ban_reason           VARCHAR(1024),
    must_change_password BOOLEAN       NOT NULL DEFAULT FALSE,
    totp_secret          VARCHAR(128),
    totp_enabled         BOOLEAN       NOT NULL DEFAULT FALSE,
    totp_last_step       BIGINT        NOT NULL DEFAULT 0,
    created_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_accounts_username UNIQUE (tenant, username_lower)
);
CREATE INDEX ix_accounts_email ON accounts (tenant, email_lower);

CREATE TABLE account_roles (
    account_id UUID        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    role       VARCHAR(64) NOT NULL,
    PRIMARY KEY (account_id, role)
);

CREATE TABLE account_attributes (
    account_id UUID          NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name       VARCHAR(64)   NOT NULL,
    value      VARCHAR(1024),
    PRIMARY KEY (account_id, name)
);

CREATE TABLE sessions (
    id                          UUID         NOT NULL PRIMARY KEY,
    tenant                      VARCHAR(64)  NOT NULL,
    connector                   VARCHAR(32)  NOT NULL,
    subject                     UUID         NOT NULL,
    username                    VARCHAR(255),
    roles                       VARCHAR(1024),
    dialect                     VARCHAR(32)  NOT NULL,
    client_id                   VARCHAR(128),
    remote_address              VARCHAR(64),
    user_agent                  VARCHAR(512),
    device_info                 VARCHAR(1024),
    token_format                VARCHAR(16)  NOT NULL,
    access_token_hash           CHAR(64)     NOT NULL,
    previous_access_token_hash  CHAR(64),
    previous_valid_until        TIMESTAMP(6) WITH TIME ZONE,
    created_at                  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    expires_at                  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    refreshable_until           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_seen_at                TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    lifetime_seconds            BIGINT       NOT NULL,
    refreshable                 BOOLEAN      NOT NULL,
    state                       VARCHAR(32)  NOT NULL,
    end_reason                  VARCHAR(32),
    ended_at                    TIMESTAMP(6) WITH TIME ZONE,
    version                     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_sessions_access_token UNIQUE (access_token_hash)
);
-- Token checks look up by hash (unique index above, and this one for the grace after a refresh).
CREATE INDEX ix_sessions_previous_token ON sessions (previous_access_token_hash);
CREATE INDEX ix_sessions_subject ON sessions (subject, state);
CREATE INDEX ix_sessions_created ON sessions (created_at);
CREATE INDEX ix_sessions_state_expires ON sessions (state, expires_at);

CREATE TABLE refresh_tokens (
    id          UUID        NOT NULL PRIMARY KEY,
    session_id  UUID        NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    token_hash  CHAR(64)    NOT NULL,
    state       VARCHAR(16) NOT NULL,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP(6) WITH TIME ZONE,
    version     BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_refresh_tokens_hash UNIQUE (token_hash)
);
CREATE INDEX ix_refresh_tokens_session ON refresh_tokens (session_id, state);

-- Append-only: no foreign keys, so an audit row outlives whatever it names.
CREATE TABLE audit_records (
    id              UUID         NOT NULL PRIMARY KEY,
    at              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    event           VARCHAR(48)  NOT NULL,
    outcome         VARCHAR(16)  NOT NULL,
    tenant          VARCHAR(64),
    connector       VARCHAR(32),
    dialect         VARCHAR(32)  NOT NULL,
    subject         UUID,
    username        VARCHAR(255),
    session_id      UUID,
    client_id       VARCHAR(128),
    remote_address  VARCHAR(64),
    user_agent      VARCHAR(512),
    reason          VARCHAR(255),
    actor           VARCHAR(255),
    target          VARCHAR(255)
);
CREATE INDEX ix_audit_at ON audit_records (at);
CREATE INDEX ix_audit_subject_at ON audit_records (subject, at);
CREATE INDEX ix_audit_session ON audit_records (session_id);
CREATE INDEX ix_audit_event_at ON audit_records (event, at);

CREATE TABLE login_throttles (
    throttle_key  VARCHAR(255) NOT NULL PRIMARY KEY,
    failures      INTEGER      NOT NULL,
    window_start  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    locked_until  TIMESTAMP(6) WITH TIME ZONE,
    version       BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE signing_keys (
    kid          VARCHAR(64)  NOT NULL PRIMARY KEY,
    algorithm    VARCHAR(16)  NOT NULL,
    public_key   BYTEA        NOT NULL,
    private_key  BYTEA        NOT NULL,
    created_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    active       BOOLEAN      NOT NULL
);
