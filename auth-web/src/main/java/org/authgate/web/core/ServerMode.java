package org.authgate.web.core;

import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What the server is run as ({@value #KEY}, environment {@code AUTHGATE_MODE}): {@code development}, the default and
 * the run command's (H2, the development administrator, the console over plain HTTP), or {@code production}, which
 * refuses to start with anything only a development server may keep ({@code web.startup.ProductionChecks}), serves
 * the console over HTTPS only with secure session cookies and sends Strict-Transport-Security
 * ({@code web.http.TransportSecurity}, {@code web.console.SessionCookies}).
 *
 * <p>An enum read from the configuration where it is needed (start-up, a filter's and a listener's initialisation),
 * not a bean: it is needed before CDI's application scope starts, and a mode never changes while the WAR runs.
 */
public enum ServerMode {
    DEVELOPMENT,
    PRODUCTION;

    public static final String KEY = "authgate.mode";

    /** The configured mode; an unknown value is an error naming the key, so a typo cannot fall back to development. */
    public static ServerMode configured() {
        return of(ConfigProvider.getConfig());
    }

    public static ServerMode of(Config config) {
        return parse(config.getOptionalValue(KEY, String.class));
    }

    static ServerMode parse(Optional<String> value) {
        if (value.isEmpty() || value.get().isBlank()) {
            return DEVELOPMENT;
        }
        String mode = value.get().strip().toLowerCase(Locale.ROOT);
        return switch (mode) {
            case "development" -> DEVELOPMENT;
            case "production" -> PRODUCTION;
            default -> throw new IllegalArgumentException(KEY + " (AUTHGATE_MODE) is '" + value.get().strip()
                    + "': it must be development or production");
        };
    }

    public boolean production() {
        return this == PRODUCTION;
    }

    /** As in the configuration: {@code production}, {@code development}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
