package org.authgate.core.secret;

import java.util.Base64;
import java.util.Objects;

/**
 * A secret as stored: the id of the ring key that sealed it, and {@code nonce (12 bytes) || ciphertext || GCM tag}.
 * The key id is stored beside the bytes so a ring with several keys knows which one opens them.
 */
public record Sealed(String keyId, byte[] bytes) {
    public Sealed {
        Objects.requireNonNull(keyId);
        Objects.requireNonNull(bytes);
    }

    /** For a text column. */
    public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    public static Sealed ofBase64(String keyId, String base64) {
        return new Sealed(keyId, Base64.getDecoder().decode(base64));
    }

    @Override
    public String toString() {
        return "Sealed[" + keyId + ", " + bytes.length + " bytes]";
    }
}
