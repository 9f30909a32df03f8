package org.authgate.core.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;
import org.authgate.core.token.AccessTokenFormat;
import org.authgate.core.token.TokenHash;

/**
 * A session, immutable: every change makes a new value that the store writes with an optimistic
 * version check, so two nodes racing on one session cannot both win.
 *
 * @param username        snapshot at login, for lists and audit; the connector stays the truth
 * @param roles           the owner's roles when the session was opened or last refreshed (a refresh takes the
 *                        connector's current roles); privileged checks read the owner's current identity instead
 * @param accessTokenHash SHA-256 of the opaque token, or of the JWT's prefixed {@code jti} (see {@link TokenIssuer})
 * @param previousAccessTokenHash the token replaced by the last refresh, accepted until
 *                        {@code previousAccessTokenValidUntil} (Kuzzle keeps it for one second)
 * @param expiresAt       when the current access token stops working
 * @param refreshableUntil absolute end: no refresh extends the session beyond it
 * @param lifetime        the access-token lifetime granted at login, reused by refreshes
 * @param refreshable     whether a refresh token was issued
 */
public record Session(
        SessionId id,
        TenantId tenant,
        ConnectorId connector,
        SubjectId subject,
        String username,
        Set<String> roles,
        Dialect dialect,
        ClientInfo client,
        AccessTokenFormat tokenFormat,
        TokenHash accessTokenHash,
        TokenHash previousAccessTokenHash,
        Instant previousAccessTokenValidUntil,
        Instant createdAt,
        Instant expiresAt,
        Instant refreshableUntil,
        Instant lastSeenAt,
        Duration lifetime,
        boolean refreshable,
        SessionState state,
        EndReason endReason,
        Instant endedAt,
        long version) {

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(connector, "connector");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(state, "state");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        client = client == null ? ClientInfo.NONE : client;
    }

    public boolean isActive() {
        return state == SessionState.ACTIVE;
    }

    public boolean isIdleAt(Instant now, Duration idleTimeout) {
        return !now.isBefore(lastSeenAt.plus(idleTimeout));
    }

    public Session ended(EndReason reason, SessionState newState, Instant now) {
        return new Session(id, tenant, connector, subject, username, roles, dialect, client, tokenFormat,
                accessTokenHash, null, null, createdAt, expiresAt, refreshableUntil, lastSeenAt, lifetime,
                refreshable, newState, reason, now, version);
    }

    public Session seenAt(Instant now) {
        return new Session(id, tenant, connector, subject, username, roles, dialect, client, tokenFormat,
                accessTokenHash, previousAccessTokenHash, previousAccessTokenValidUntil, createdAt, expiresAt,
                refreshableUntil, now, lifetime, refreshable, state, endReason, endedAt, version);
    }

    /**
     * The session after a refresh or a second-factor completion: a new access token, the old one kept
     * briefly, but never beyond its own expiry (a refresh must not revive an expired token).
     */
    public Session withAccessToken(TokenHash newHash, Instant newExpiry, Instant now, Duration previousGrace,
                                   SessionState newState) {
        Instant graceEnd = now.plus(previousGrace);
        if (expiresAt.isBefore(graceEnd)) {
            graceEnd = expiresAt;
        }
        TokenHash keep = state == SessionState.ACTIVE && now.isBefore(graceEnd) ? accessTokenHash : null;
        return new Session(id, tenant, connector, subject, username, roles, dialect, client, tokenFormat,
                newHash, keep, keep == null ? null : graceEnd, createdAt, newExpiry,
                refreshableUntil, now, lifetime, refreshable, newState, endReason, endedAt, version);
    }

    /** The same session holding {@code current} roles: a refresh must not mint tokens with roles taken away since. */
    public Session withRoles(Set<String> current) {
        return new Session(id, tenant, connector, subject, username, current, dialect, client, tokenFormat,
                accessTokenHash, previousAccessTokenHash, previousAccessTokenValidUntil, createdAt, expiresAt,
                refreshableUntil, lastSeenAt, lifetime, refreshable, state, endReason, endedAt, version);
    }

    /** A session named field by field: 22 positional arguments, several of them null, read as nothing. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this session's values, to change a few of them. */
    public Builder toBuilder() {
        return new Builder().id(id).tenant(tenant).connector(connector).subject(subject).username(username)
                .roles(roles).dialect(dialect).client(client).tokenFormat(tokenFormat)
                .accessTokenHash(accessTokenHash).previousAccessToken(previousAccessTokenHash,
                        previousAccessTokenValidUntil)
                .createdAt(createdAt).expiresAt(expiresAt).refreshableUntil(refreshableUntil).lastSeenAt(lastSeenAt)
                .lifetime(lifetime).refreshable(refreshable).state(state).ended(endReason, endedAt).version(version);
    }

    /** Unset values are null (false, 0): a new session has no previous token, no end and version 0. */
    public static final class Builder {
        private SessionId id;
        private TenantId tenant;
        private ConnectorId connector;
        private SubjectId subject;
        private String username;
        private Set<String> roles;
        private Dialect dialect;
        private ClientInfo client;
        private AccessTokenFormat tokenFormat;
        private TokenHash accessTokenHash;
        private TokenHash previousAccessTokenHash;
        private Instant previousAccessTokenValidUntil;
        private Instant createdAt;
        private Instant expiresAt;
        private Instant refreshableUntil;
        private Instant lastSeenAt;
        private Duration lifetime;
        private boolean refreshable;
        private SessionState state;
        private EndReason endReason;
        private Instant endedAt;
        private long version;

        private Builder() {
        }

        public Builder id(SessionId v) { id = v; return this; }
        public Builder tenant(TenantId v) { tenant = v; return this; }
        public Builder connector(ConnectorId v) { connector = v; return this; }
        public Builder subject(SubjectId v) { subject = v; return this; }
        public Builder username(String v) { username = v; return this; }
        public Builder roles(Set<String> v) { roles = v; return this; }
        public Builder dialect(Dialect v) { dialect = v; return this; }
        public Builder client(ClientInfo v) { client = v; return this; }
        public Builder tokenFormat(AccessTokenFormat v) { tokenFormat = v; return this; }
        public Builder accessTokenHash(TokenHash v) { accessTokenHash = v; return this; }

        /** The token replaced by the last refresh and until when it still works; both null when none is kept. */
        public Builder previousAccessToken(TokenHash hash, Instant validUntil) {
            previousAccessTokenHash = hash;
            previousAccessTokenValidUntil = validUntil;
            return this;
        }

        public Builder createdAt(Instant v) { createdAt = v; return this; }
        public Builder expiresAt(Instant v) { expiresAt = v; return this; }
        public Builder refreshableUntil(Instant v) { refreshableUntil = v; return this; }
        public Builder lastSeenAt(Instant v) { lastSeenAt = v; return this; }
        public Builder lifetime(Duration v) { lifetime = v; return this; }
        public Builder refreshable(boolean v) { refreshable = v; return this; }
        public Builder state(SessionState v) { state = v; return this; }

        /** Why and when the session ended; both null while it is live. */
        public Builder ended(EndReason reason, Instant at) {
            endReason = reason;
            endedAt = at;
            return this;
        }

        public Builder version(long v) { version = v; return this; }

        public Session build() {
            return new Session(id, tenant, connector, subject, username, roles, dialect, client, tokenFormat,
                    accessTokenHash, previousAccessTokenHash, previousAccessTokenValidUntil, createdAt, expiresAt,
                    refreshableUntil, lastSeenAt, lifetime, refreshable, state, endReason, endedAt, version);
        }
    }
}
