package org.authgate.core.token;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What a JWT access token says. {@code tokenId} ({@code jti}) is an opaque secret whose hash the
 * session keeps, so a JWT is refused the moment its session ends, on every node.
 *
 * @param expiresAt    null for a non-expiring token (Kuzzle's {@code expiresIn=-1})
 * @param extraClaims  string claims a dialect adds (Kuzzle's {@code _id})
 */
public record AccessTokenClaims(
        String tokenId,
        String sessionId,
        String subject,
        String tenant,
        Instant issuedAt,
        Instant expiresAt,
        Map<String, String> extraClaims) {

    public AccessTokenClaims {
        Objects.requireNonNull(tokenId);
        Objects.requireNonNull(sessionId);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(issuedAt);
        extraClaims = extraClaims == null ? Map.of() : Map.copyOf(extraClaims);
    }
}
