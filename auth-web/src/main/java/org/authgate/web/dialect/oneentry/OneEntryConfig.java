package org.authgate.web.dialect.oneentry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.identity.TenantId;
import org.eclipse.microprofile.config.Config;

/**
 * The dialect's settings ({@code authgate.dialect.oneentry.*}), validated once at start-up.
 *
 * @param appTokens the application tokens a client must present in {@code x-app-token}; none configured
 *                  means every request is refused
 * @param markers   OneEntry auth-provider marker → connector, in the order the provider list shows them
 */
public record OneEntryConfig(boolean enabled, List<String> appTokens, Map<String, ConnectorId> markers,
                             TenantId tenant) {

    static final String PREFIX = "authgate.dialect.oneentry.";

    public OneEntryConfig {
        appTokens = List.copyOf(appTokens);
        markers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(markers));
    }

    static OneEntryConfig from(Config config) {
        boolean enabled = config.getOptionalValue(PREFIX + "enabled", Boolean.class).orElse(true);
        List<String> tokens = config.getOptionalValue(PREFIX + "app-tokens", String.class)
                .map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
        Map<String, ConnectorId> markers = new LinkedHashMap<>();
        String mapping = config.getOptionalValue(PREFIX + "markers", String.class).orElse("email:local");
        for (String pair : mapping.split(",")) {
            String[] parts = pair.strip().split(":", 2);
            if (parts.length != 2 || parts[0].isBlank() || !ConnectorId.isValid(parts[1].strip())) {
                throw new IllegalArgumentException(PREFIX + "markers must be a comma list of marker:connector, not "
                        + mapping);
            }
            markers.put(parts[0].strip(), new ConnectorId(parts[1].strip()));
        }
        String tenant = config.getOptionalValue(PREFIX + "tenant", String.class).orElse(TenantId.DEFAULT.value());
        return new OneEntryConfig(enabled, tokens, markers, new TenantId(tenant));
    }

    /** Constant-time comparison against every configured token. */
    boolean acceptsAppToken(String presented) {
        if (presented == null) {
            return false;
        }
        byte[] given = presented.getBytes(StandardCharsets.UTF_8);
        boolean ok = false;
        for (String token : appTokens) {
            ok |= MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8));
        }
        return ok;
    }

    Optional<ConnectorId> connectorOf(String marker) {
        return Optional.ofNullable(markers.get(marker));
    }

    /** Reads the record once and at start-up, so that a malformed setting fails the deployment, not a request. */
    @ApplicationScoped
    static class Producer {
        @Produces
        @Singleton // a record cannot be proxied
        OneEntryConfig config(Config config) {
            return from(config);
        }

        void readAtStart(@Observes @Initialized(ApplicationScoped.class) Object ignored, OneEntryConfig config) {
            // injecting it is the check
        }
    }
}
