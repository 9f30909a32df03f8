package org.authgate.core.identity;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.authgate.core.connector.ConnectorId;

/**
 * Who the connector says the user is. Every dialect renders its user JSON from this record, so it
 * carries the union of what the five platforms show (Azuriom's {@code money} travels as an attribute).
 *
 * @param banReason  null unless {@code banned}
 * @param attributes free, connector-defined values (never secrets)
 */
public record Identity(
        SubjectId subject,
        TenantId tenant,
        ConnectorId connector,
        String username,
        String email,
        boolean emailVerified,
        String firstName,
        String lastName,
        Set<String> roles,
        boolean banned,
        String banReason,
        Instant createdAt,
        Map<String, String> attributes) {

    public Identity {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(connector, "connector");
        Objects.requireNonNull(username, "username");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    /**
     * An identity named field by field, from the four values every identity has; the others default to
     * none (no email, not verified, no name, no role, not banned, no creation time, no attribute).
     */
    public static Builder of(SubjectId subject, TenantId tenant, ConnectorId connector, String username) {
        return new Builder(subject, tenant, connector, username);
    }

    /** A builder holding this identity's values, to change a few of them. */
    public Builder toBuilder() {
        Builder b = new Builder(subject, tenant, connector, username).email(email, emailVerified)
                .name(firstName, lastName).roles(roles).createdAt(createdAt).attributes(attributes);
        b.banned = banned;
        b.banReason = banReason;
        return b;
    }

    public static final class Builder {
        private final SubjectId subject;
        private final TenantId tenant;
        private final ConnectorId connector;
        private final String username;
        private String email;
        private boolean emailVerified;
        private String firstName;
        private String lastName;
        private Set<String> roles;
        private boolean banned;
        private String banReason;
        private Instant createdAt;
        private Map<String, String> attributes;

        private Builder(SubjectId subject, TenantId tenant, ConnectorId connector, String username) {
            this.subject = subject;
            this.tenant = tenant;
            this.connector = connector;
            this.username = username;
        }

        public Builder email(String address, boolean verified) {
            email = address;
            emailVerified = verified;
            return this;
        }

        public Builder name(String first, String last) {
            firstName = first;
            lastName = last;
            return this;
        }

        public Builder roles(Set<String> v) { roles = v; return this; }

        /** Banned, for {@code reason} (may be null). */
        public Builder banned(String reason) {
            banned = true;
            banReason = reason;
            return this;
        }

        public Builder createdAt(Instant v) { createdAt = v; return this; }
        public Builder attributes(Map<String, String> v) { attributes = v; return this; }

        public Identity build() {
            return new Identity(subject, tenant, connector, username, email, emailVerified, firstName, lastName,
                    roles, banned, banReason, createdAt, attributes);
        }
    }
}
