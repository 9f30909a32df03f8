package org.authgate.core.token;

import java.time.Instant;
import java.util.Objects;

/**
 * A JWT signing key pair, shared by every node through the database.
 *
 * @param keyId      the JWT {@code kid}
 * @param algorithm  JOSE name, {@code ES256}
 * @param publicKey  X.509 SubjectPublicKeyInfo encoding
 * @param privateKey PKCS#8 encoding
 */
public record SigningKey(String keyId, String algorithm, byte[] publicKey, byte[] privateKey, Instant createdAt,
                         boolean active) {
    public SigningKey {
        Objects.requireNonNull(keyId);
        Objects.requireNonNull(algorithm);
        Objects.requireNonNull(publicKey);
        Objects.requireNonNull(privateKey);
        Objects.requireNonNull(createdAt);
    }

    @Override
    public String toString() {
        return "SigningKey[" + keyId + ", " + algorithm + ", active=" + active + "]";
    }
}
