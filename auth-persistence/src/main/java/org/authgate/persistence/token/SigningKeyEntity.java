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
    @Column(name = "private_key")
    public byte[] privateKey;
    @Column(name = "created_at")
    public Instant createdAt;
    public boolean active;
}
