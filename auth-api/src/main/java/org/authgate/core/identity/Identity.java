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
}
