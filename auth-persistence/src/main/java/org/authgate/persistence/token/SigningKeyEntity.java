package org.authgate.persistence.token;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "signing_keys")
public class SigningKeyEntity {
    @Id
    public String kid;
    public String algorithm;
    @Column(name = "public_key")
    public byte[] publicKey;
    /** Sealed by the secrets key {@link #privateKeySealedBy} names; in clear only when that is null (before V6). */
    @Column(name = "private_key")
    public byte[] privateKey;
    @Column(name = "private_key_sealed_by")
    public String privateKeySealedBy;
    @Column(name = "created_at")
    public Instant createdAt;
    /** Kept for the schema's NOT NULL; every stored key verifies, {@link #signsFrom} decides which one signs. */
    public boolean active;
    public long generation;
    @Column(name = "signs_from")
    public Instant signsFrom;

    /** The associated data a private key is sealed with: it opens only in its own row. */
    public static String sealingContext(String kid) {
        return "signing_keys.private_key:" + kid;
    }
}
