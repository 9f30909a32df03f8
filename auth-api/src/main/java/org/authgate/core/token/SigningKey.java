package org.authgate.core.token;

import java.time.Instant;
import java.util.Objects;

/**
 * A JWT signing key pair, shared by every node through the database.
 *
 * @param keyId      the JWT {@code kid}
 * @param algorithm  JOSE name, {@code ES256}
 * @param publicKey  X.509 SubjectPublicKeyInfo encoding
 * @param privateKey PKCS#8 encoding (the store keeps it sealed; here it is in clear)
 * @param generation 1 for the first key, one more for each successor: unique, so two nodes rotating at
 *                   once cannot both add a key
 * @param signsFrom  when it starts signing; it is published (JWKS, every node) before, so that a token
 *                   it signs is never met by a node or a resource server that does not know it yet
 */
public record SigningKey(String keyId, String algorithm, byte[] publicKey, byte[] privateKey, Instant createdAt,
                         long generation, Instant signsFrom) {
    public SigningKey {
        Objects.requireNonNull(keyId);
        Objects.requireNonNull(algorithm);
        Objects.requireNonNull(publicKey);
        Objects.requireNonNull(privateKey);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(signsFrom);
    }

    @Override
    public String toString() {
        return "SigningKey[" + keyId + ", " + algorithm + ", generation " + generation + ", signs from " + signsFrom + "]";
    }
}
