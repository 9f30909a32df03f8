package org.authgate.connectors.local;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A PBKDF2 hash in the PHC form {@code $pbkdf2-sha256$i=600000$<salt>$<hash>} (also {@code $pbkdf2$} for HMAC-SHA1
 * and {@code $pbkdf2-sha512$}), salt and hash in standard base64 with or without padding, or passlib's variant with
 * {@code .} for {@code +}. The key length is the stored hash's. Derived by the JDK's {@link SecretKeyFactory}
 * ({@code PBKDF2WithHmacSHA*}, the very provider Keycloak uses, with the same UTF-8 password bytes), compared with
 * {@link MessageDigest#isEqual}.
 */
record Pbkdf2Hash(HashFormat format, int iterations, byte[] salt, byte[] hash) implements ForeignHash {
    private static final Pattern FORMAT = Pattern.compile(
            "\\$pbkdf2(?:-sha256|-sha512)?\\$(?:i=)?(\\d{1,9})\\$([A-Za-z0-9+/.]{4,344}={0,2})"
                    + "\\$([A-Za-z0-9+/.]{16,344}={0,2})");
    // Ten times OWASP's 2023 advice for SHA-1 (1,300,000): more is a denial of service, not a stronger hash.
    private static final int MAX_ITERATIONS = 13_000_000;
    private static final int MIN_HASH_BYTES = 16;

    static Pbkdf2Hash parse(HashFormat format, String stored) {
        Matcher m = FORMAT.matcher(stored);
        if (!m.matches() || HashFormat.of(stored).orElse(null) != format) {
            throw new IllegalArgumentException("malformed pbkdf2 hash");
        }
        int iterations = Integer.parseInt(m.group(1));
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("pbkdf2 iterations out of bounds");
        }
        byte[] hash = decode(m.group(3));
        if (hash.length < MIN_HASH_BYTES) {
            throw new IllegalArgumentException("pbkdf2 hash too short");
        }
        return new Pbkdf2Hash(format, iterations, decode(m.group(2)), hash);
    }

    @Override
    public boolean matches(String password) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, hash.length * 8);
        try {
            byte[] computed = SecretKeyFactory.getInstance(algorithm()).generateSecret(spec).getEncoded();
            return MessageDigest.isEqual(computed, hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm(), e);
        } finally {
            spec.clearPassword();
        }
    }

    private String algorithm() {
        return switch (format) {
            case PBKDF2_SHA1 -> "PBKDF2WithHmacSHA1";
            case PBKDF2_SHA256 -> "PBKDF2WithHmacSHA256";
            case PBKDF2_SHA512 -> "PBKDF2WithHmacSHA512";
            default -> throw new IllegalStateException("not pbkdf2: " + format);
        };
    }

    private static byte[] decode(String text) {
        try {
            return Base64.getDecoder().decode(text.replace('.', '+'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad base64 in pbkdf2 hash");
        }
    }

    @Override
    public String toString() {
        return "Pbkdf2Hash[" + format + ", i=" + iterations + "]";
    }
}
