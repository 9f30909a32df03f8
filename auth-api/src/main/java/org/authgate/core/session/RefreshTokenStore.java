package org.authgate.core.session;

import java.time.Instant;
import java.util.Optional;
import org.authgate.core.token.TokenHash;

/** Port: refresh tokens. Same transaction and version rules as {@link SessionStore}. */
public interface RefreshTokenStore {

    void insert(RefreshToken token);

    void update(RefreshToken token);

    Optional<RefreshToken> findByHash(TokenHash hash);

    /** Marks every active token of the session revoked; returns how many. */
    int revokeAllOf(SessionId session, Instant now);
}
