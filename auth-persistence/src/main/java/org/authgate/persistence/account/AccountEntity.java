package org.authgate.persistence.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "accounts")
public class AccountEntity {
    @Id
    public UUID id;
    public String tenant;
    public String username;
    /** Stored lower-cased so uniqueness and lookup are case-insensitive on PostgreSQL and H2 alike. */
    @Column(name = "username_lower")
    public String usernameLower;
    public String email;
    @Column(name = "email_lower")
    public String emailLower;
    @Column(name = "email_verified")
    public boolean emailVerified;
    @Column(name = "first_name")
    public String firstName;
    @Column(name = "last_name")
    public String lastName;
    @Column(name = "password_hash")
    public String passwordHash;
    /** As {@link org.authgate.core.account.PasswordSchemes} names the hash's scheme: the console filters by it. */
    @Column(name = "password_scheme")
    public String passwordScheme;
    public boolean disabled;
    public boolean banned;
    @Column(name = "ban_reason")
    public String banReason;
    @Column(name = "must_change_password")
    public boolean mustChangePassword;
    /** Base64 of the sealed secret when {@link #totpSecretSealedBy} names a secrets key; base32 in clear before V6. */
    @Column(name = "totp_secret")
    public String totpSecret;
    @Column(name = "totp_secret_sealed_by")
    public String totpSecretSealedBy;
    @Column(name = "totp_enabled")
    public boolean totpEnabled;
    @Column(name = "totp_last_step")
    public long totpLastStep;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_roles", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    public Set<String> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_attributes", joinColumns = @JoinColumn(name = "account_id"))
    @MapKeyColumn(name = "name")
    @Column(name = "value")
    public Map<String, String> attributes = new HashMap<>();

    /** The associated data a TOTP secret is sealed with: it opens only in its own account's row. */
    public static String sealingContext(UUID id) {
        return "accounts.totp_secret:" + id;
    }
}
