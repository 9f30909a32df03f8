package org.authgate.core.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * SHA-256 of a token, hex. Only this is stored: a stolen database yields no usable token. Tokens carry
 * at least 128 random bits, so a fast unsalted hash is enough (no dictionary to attack).
 */
public record TokenHash(String hex) {
    public TokenHash {
        Objects.requireNonNull(hex);
        if (hex.length() != 64) {
            throw new IllegalArgumentException("a token hash is 64 hex characters");
        }
    }

    public static TokenHash of(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return new TokenHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Constant-time equality, for the rare comparison that is not a database lookup. */
    public boolean matches(TokenHash other) {
        return other != null && MessageDigest.isEqual(
                hex.getBytes(StandardCharsets.US_ASCII), other.hex.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "TokenHash[" + hex.substring(0, 8) + "...]";
    }
}
