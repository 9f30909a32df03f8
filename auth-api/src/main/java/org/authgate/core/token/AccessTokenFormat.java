package org.authgate.core.token;

/** How an access token looks on the wire. Both kinds are revocation-aware: each maps to a stored hash. */
public enum AccessTokenFormat {
    /** 256 random bits, base64url. */
    OPAQUE,
    /** 512 random bits as 128 hex characters (Azuriom's token shape). */
    OPAQUE_HEX,
    /** A random version-4 UUID: 122 random bits (wazo-auth's token shape; the Wazo dialect's default). */
    OPAQUE_UUID,
    /** A signed JWT whose {@code jti} is an opaque token and whose {@code sid} is the session id. */
    JWT
}
