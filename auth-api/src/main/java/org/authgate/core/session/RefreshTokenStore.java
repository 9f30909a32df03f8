package org.authgate.core.session;

import java.time.Instant;
import java.util.Optional;
import org.authgate.core.token.TokenHash;

/** Port: refresh tokens. Same transaction and version rules as {@link SessionStore}. */
public interface RefreshTokenStore {

    void insert(RefreshToken token);

    void update(RefreshToken token);

    Optional<RefreshToken> findByHash(TokenHash hash);

    /**
     * As {@link #findByHash}, for a caller that will spend the token (a rotating refresh): its row stays locked until
     * the caller's transaction ends where the store can lock. Parallel refreshes of one token then queue at this
     * read, and each after the first reads it spent, instead of all of them writing the token and its session and
     * deadlocking on the way (each insert of a refresh token share-locks its session row).
     */
    default Optional<RefreshToken> findByHashForUpdate(TokenHash hash) {
        return findByHash(hash);
    }

    /** Marks every active token of the session revoked; returns how many. */
    int revokeAllOf(SessionId session, Instant now);
}
