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
}
