package org.authgate.core.token;

import java.util.Optional;

/** Port: signs and verifies JWT access tokens with the server's current keys. */
public interface JwtCodec {

    String sign(AccessTokenClaims claims);

    /**
     * The claims of a JWT whose signature checks out with one of our keys, or empty. Expiry is not
     * judged here: the session decides, so an expired token is reported as expired, not unknown.
     */
    Optional<AccessTokenClaims> verify(String jwt);

    /** A cheap shape test: three base64url parts separated by dots. */
    static boolean looksLikeJwt(String token) {
        int first = token.indexOf('.');
        return first > 0 && token.indexOf('.', first + 1) > first + 1 && token.chars().filter(c -> c == '.').count() == 2;
    }
}
