package org.authgate.web.dialect.azuriom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.identity.TenantId;
import org.eclipse.microprofile.config.Config;

/**
 * The dialect's configuration ({@code authgate.dialect.azuriom.*}), read once and validated: a bad value
 * names its key instead of failing on the first login.
 *
 * @param enabled   off: every route answers Azuriom's own 400 "Auth API is not enabled"
 * @param connector the connector that plays the Azuriom site's user table
 * @param tenant    the tenant of that site (Azuriom has no tenants)
 * @param lifetime  access-token lifetime; null for the session default
 * @param roles     authgate role → Azuriom role, in priority order: a user shows the first one held
 * @param defaultRole the Azuriom role of a user holding none of {@code roles}
 */
public record AzuriomConfig(boolean enabled, ConnectorId connector, TenantId tenant, Duration lifetime,
                            List<RoleMapping> roles, AzuriomRole defaultRole) {

    static final String PREFIX = "authgate.dialect.azuriom.";
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    public AzuriomConfig {
        Objects.requireNonNull(connector, "connector");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(defaultRole, "default role");
        roles = List.copyOf(roles);
    }

    /** An Azuriom role as its user JSON shows it. */
    public record AzuriomRole(int id, String name, String color) {
        public AzuriomRole {
            Objects.requireNonNull(name, "role name");
            if (color == null || !COLOR.matcher(color).matches()) {
                throw new IllegalArgumentException("role color must be #rrggbb: " + color);
            }
        }

        /** {@code id:name:#rrggbb}. */
        static AzuriomRole parse(String text) {
            String[] parts = text.strip().split(":", 3);
            if (parts.length != 3) {
                throw new IllegalArgumentException("expected id:name:#rrggbb, got " + text);
            }
            return new AzuriomRole(Integer.parseInt(parts[0].strip()), parts[1].strip(), parts[2].strip().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** Users holding {@code authgateRole} show {@code role}. */
    public record RoleMapping(String authgateRole, AzuriomRole role) {
    }

    public static AzuriomConfig from(Config config) {
        String key = PREFIX + "enabled";
        try {
            boolean enabled = config.getOptionalValue(key, Boolean.class).orElse(true);
            key = PREFIX + "connector";
            ConnectorId connector = new ConnectorId(config.getOptionalValue(key, String.class).orElse("local").strip());
            key = PREFIX + "tenant";
            TenantId tenant = new TenantId(config.getOptionalValue(key, String.class).orElse("default").strip());
            key = PREFIX + "lifetime-seconds";
            Optional<Long> seconds = config.getOptionalValue(key, Long.class);
            if (seconds.isPresent() && seconds.get() <= 0) {
                throw new IllegalArgumentException("must be positive");
            }
            Duration lifetime = seconds.map(Duration::ofSeconds).orElse(null);
            key = PREFIX + "roles";
            List<RoleMapping> roles = new ArrayList<>();
            for (String entry : config.getOptionalValue(key, String[].class).orElse(new String[0])) {
                if (entry.isBlank()) {
                    continue;
                }
                int colon = entry.indexOf(':');
                if (colon <= 0) {
                    throw new IllegalArgumentException("expected role:id:name:#rrggbb, got " + entry);
                }
                roles.add(new RoleMapping(entry.substring(0, colon).strip(), AzuriomRole.parse(entry.substring(colon + 1))));
            }
            key = PREFIX + "default-role";
            AzuriomRole defaultRole = AzuriomRole.parse(config.getOptionalValue(key, String.class).orElse("1:Member:#e10d11"));
            return new AzuriomConfig(enabled, connector, tenant, lifetime, roles, defaultRole);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("invalid configuration " + key + ": " + e.getMessage(), e);
        }
    }

    /** Reads the record once and at start-up, so that a malformed setting fails the deployment, not a request. */
    @ApplicationScoped
    static class Producer {
        @Produces
        @Singleton // a record cannot be proxied
        AzuriomConfig config(Config config) {
            return from(config);
        }

        void readAtStart(@Observes @Initialized(ApplicationScoped.class) Object ignored, AzuriomConfig config) {
            // injecting it is the check
        }
    }
}
