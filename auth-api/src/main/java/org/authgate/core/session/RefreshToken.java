package org.authgate.core.session;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.authgate.core.token.TokenHash;

/**
 * One refresh token. All tokens of a session form its family: using one makes it {@link
 * RefreshState#USED} and issues the next; presenting a used one again revokes the family.
 */
public record RefreshToken(
        UUID id,
        SessionId session,
        TokenHash hash,
        RefreshState state,
        Instant createdAt,
        Instant expiresAt,
        Instant usedAt,
        long version) {

    public RefreshToken {
        Objects.requireNonNull(id);
        Objects.requireNonNull(session);
        Objects.requireNonNull(hash);
        Objects.requireNonNull(state);
    }

    public static RefreshToken issue(SessionId session, TokenHash hash, Instant now, Instant expiresAt) {
        return new RefreshToken(UUID.randomUUID(), session, hash, RefreshState.ACTIVE, now, expiresAt, null, 0);
    }

    public RefreshToken used(Instant now) {
        return new RefreshToken(id, session, hash, RefreshState.USED, createdAt, expiresAt, now, version);
    }

    public enum RefreshState { ACTIVE, USED, REVOKED }
}
