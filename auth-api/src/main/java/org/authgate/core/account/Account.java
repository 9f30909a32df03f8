package org.authgate.core.account;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;

/**
 * A local account. Immutable; the store version-checks updates.
 *
 * @param passwordHash  PHC string ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash})
 * @param totpSecret    base32 secret once TOTP enrolment started; {@code totpEnabled} once confirmed
 * @param totpLastStep  the last accepted time step, so a code cannot be replayed
 * @param attributes    free values rendered by dialects (Azuriom's {@code money}, ...)
 */
public record Account(
        SubjectId id,
        TenantId tenant,
        String username,
        String email,
        boolean emailVerified,
        String firstName,
        String lastName,
        String passwordHash,
        Set<String> roles,
        boolean disabled,
        boolean banned,
        String banReason,
        boolean mustChangePassword,
        String totpSecret,
        boolean totpEnabled,
        long totpLastStep,
        Map<String, String> attributes,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public Account {
        Objects.requireNonNull(id);
        Objects.requireNonNull(tenant);
        Objects.requireNonNull(username);
        Objects.requireNonNull(passwordHash);
        Objects.requireNonNull(createdAt);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        updatedAt = updatedAt == null ? createdAt : updatedAt;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    @Override
    public String toString() {
        return "Account[" + id + ", " + tenant + ", " + username + "]";
    }

    /** Copy-with-changes for a record of twenty fields; {@link #build()} re-runs the record's checks. */
    public static final class Builder {
        private SubjectId id;
        private TenantId tenant;
        private String username;
        private String email;
        private boolean emailVerified;
        private String firstName;
        private String lastName;
        private String passwordHash;
        private Set<String> roles;
        private boolean disabled;
        private boolean banned;
        private String banReason;
        private boolean mustChangePassword;
        private String totpSecret;
        private boolean totpEnabled;
        private long totpLastStep;
        private Map<String, String> attributes;
        private Instant createdAt;
        private Instant updatedAt;
        private long version;

        public Builder() {
        }

        private Builder(Account a) {
            id = a.id; tenant = a.tenant; username = a.username; email = a.email; emailVerified = a.emailVerified;
            firstName = a.firstName; lastName = a.lastName; passwordHash = a.passwordHash; roles = a.roles;
            disabled = a.disabled; banned = a.banned; banReason = a.banReason; mustChangePassword = a.mustChangePassword;
            totpSecret = a.totpSecret; totpEnabled = a.totpEnabled; totpLastStep = a.totpLastStep;
            attributes = a.attributes; createdAt = a.createdAt; updatedAt = a.updatedAt; version = a.version;
        }

        public Builder id(SubjectId v) { id = v; return this; }
        public Builder tenant(TenantId v) { tenant = v; return this; }
        public Builder username(String v) { username = v; return this; }
        public Builder email(String v) { email = v; return this; }
        public Builder emailVerified(boolean v) { emailVerified = v; return this; }
        public Builder firstName(String v) { firstName = v; return this; }
        public Builder lastName(String v) { lastName = v; return this; }
        public Builder passwordHash(String v) { passwordHash = v; return this; }
        public Builder roles(Set<String> v) { roles = v; return this; }
        public Builder disabled(boolean v) { disabled = v; return this; }
        public Builder banned(boolean v) { banned = v; return this; }
        public Builder banReason(String v) { banReason = v; return this; }
        public Builder mustChangePassword(boolean v) { mustChangePassword = v; return this; }
        public Builder totpSecret(String v) { totpSecret = v; return this; }
        public Builder totpEnabled(boolean v) { totpEnabled = v; return this; }
        public Builder totpLastStep(long v) { totpLastStep = v; return this; }
        public Builder attributes(Map<String, String> v) { attributes = v; return this; }
        public Builder createdAt(Instant v) { createdAt = v; return this; }
        public Builder updatedAt(Instant v) { updatedAt = v; return this; }
        public Builder version(long v) { version = v; return this; }

        public Account build() {
            return new Account(id, tenant, username, email, emailVerified, firstName, lastName, passwordHash, roles,
                    disabled, banned, banReason, mustChangePassword, totpSecret, totpEnabled, totpLastStep, attributes,
                    createdAt, updatedAt, version);
        }
    }
}
