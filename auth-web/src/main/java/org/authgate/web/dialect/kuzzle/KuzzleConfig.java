package org.authgate.web.dialect.kuzzle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Collections;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.identity.TenantId;
import org.authgate.core.login.LoginRateLimit;
import org.eclipse.microprofile.config.Config;

/**
 * The dialect's settings ({@code authgate.dialect.kuzzle.*}), validated at start-up.
 *
 * @param strategies       Kuzzle strategy name → connector, in the order {@code getStrategies} lists them
 * @param defaultExpiresIn the lifetime of a token when the client sends no {@code expiresIn}
 * @param loginRate        how many logins one login name may attempt per second
 */
record KuzzleConfig(boolean enabled, Map<String, ConnectorId> strategies, TenantId tenant, Duration defaultExpiresIn,
                    LoginRateLimit.Rate loginRate) {

    static final String PREFIX = "authgate.dialect.kuzzle.";

    Optional<ConnectorId> connectorOf(String strategy) {
        return Optional.ofNullable(strategies.get(strategy));
    }

    Optional<String> strategyOf(ConnectorId connector) {
        return strategies.entrySet().stream().filter(e -> e.getValue().equals(connector)).map(Map.Entry::getKey)
                .findFirst();
    }

    static KuzzleConfig from(Config config) {
        boolean enabled = config.getOptionalValue(PREFIX + "enabled", Boolean.class).orElse(true);
        Map<String, ConnectorId> strategies = new LinkedHashMap<>();
        for (String pair : config.getOptionalValue(PREFIX + "strategies", String.class).orElse("local=local")
                .split(",")) {
            String[] parts = pair.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalStateException(PREFIX + "strategies: expected strategy=connector[,...], got " + pair);
            }
            strategies.put(parts[0].strip(), new ConnectorId(parts[1].strip()));
        }
        TenantId tenant = new TenantId(config.getOptionalValue(PREFIX + "tenant", String.class).orElse("default"));
        String expiresIn = config.getOptionalValue(PREFIX + "default-expires-in", String.class).orElse("1h");
        OptionalDouble millis = MsTimespan.parse(expiresIn);
        if (millis.isEmpty() || millis.getAsDouble() < 1) {
            throw new IllegalStateException(PREFIX + "default-expires-in: not a positive ms timespan: " + expiresIn);
        }
        int perSecond = config.getOptionalValue(PREFIX + "logins-per-second", Integer.class).orElse(10);
        if (perSecond < 1) {
            throw new IllegalStateException(PREFIX + "logins-per-second must be at least 1");
        }
        return new KuzzleConfig(enabled, Collections.unmodifiableMap(strategies), tenant,
                Duration.ofMillis(Math.round(millis.getAsDouble())),
                new LoginRateLimit.Rate(perSecond, Duration.ofSeconds(1)));
    }

    /** Reads the record once and at start-up, so that a malformed setting fails the deployment, not a request. */
    @ApplicationScoped
    static class Producer {
        @Produces
        @Singleton // a record cannot be proxied
        KuzzleConfig config(Config config) {
            return from(config);
        }

        void readAtStart(@Observes @Initialized(ApplicationScoped.class) Object ignored, KuzzleConfig config) {
            // injecting it is the check
        }
    }
}
