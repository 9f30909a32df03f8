package org.authgate.web.dialect.view365;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.HexFormat;
import java.util.Optional;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.identity.TenantId;
import org.eclipse.microprofile.config.Config;

/**
 * The dialect's settings ({@code authgate.dialect.365view.*}). Switched off by default: it cannot work
 * without the DES key its clients encrypt with, and an enabled dialect without a valid key stops the
 * deployment ({@link #requireUsable}).
 *
 * @param desKey the 8-byte DES key, empty when none or not 16 hex digits
 */
public record View365Config(boolean enabled, Optional<byte[]> desKey, ConnectorId connector, TenantId tenant) {

    static final String PREFIX = "authgate.dialect.365view.";

    static View365Config from(Config config) {
        boolean enabled = config.getOptionalValue(PREFIX + "enabled", Boolean.class).orElse(false);
        Optional<byte[]> key = config.getOptionalValue(PREFIX + "des-key", String.class).map(String::strip)
                .filter(k -> k.matches("[0-9a-fA-F]{16}")).map(k -> HexFormat.of().parseHex(k));
        String connector = config.getOptionalValue(PREFIX + "connector", String.class).orElse("local");
        String tenant = config.getOptionalValue(PREFIX + "tenant", String.class).orElse(TenantId.DEFAULT.value());
        return new View365Config(enabled, key, new ConnectorId(connector), new TenantId(tenant));
    }

    void requireUsable() {
        if (enabled && desKey.isEmpty()) {
            throw new IllegalStateException(PREFIX + "enabled is true but " + PREFIX
                    + "des-key is missing or not 16 hex digits (an 8-byte DES key)");
        }
    }

    @Override
    public String toString() {
        return "View365Config[enabled=" + enabled + ", key=" + (desKey.isPresent() ? "***" : "none") + ", connector="
                + connector + ", tenant=" + tenant + "]";
    }

    /** Reads the record once, and refuses to start with the dialect enabled and no valid DES key. */
    @ApplicationScoped
    static class Producer {
        @Produces
        @Singleton // a record cannot be proxied
        View365Config config(Config config) {
            return from(config);
        }

        void readAtStart(@Observes @Initialized(ApplicationScoped.class) Object ignored, View365Config config) {
            config.requireUsable();
        }
    }
}
