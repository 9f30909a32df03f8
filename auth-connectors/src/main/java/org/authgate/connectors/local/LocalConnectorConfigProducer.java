package org.authgate.connectors.local;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * Makes {@link LocalConnectorConfig} injectable, read once from MicroProfile Config. It reads it as soon as the
 * application starts, so that an invalid value fails the deployment instead of the first login.
 */
@ApplicationScoped
public class LocalConnectorConfigProducer {
    private final Config source;
    private volatile LocalConnectorConfig config;

    @Inject
    public LocalConnectorConfigProducer(Config source) {
        this.source = source;
    }

    /** For the CDI client proxy only. */
    protected LocalConnectorConfigProducer() {
        this.source = null;
    }

    // Dependent scope: a record is final and cannot be proxied; every injection gets the same validated instance.
    @Produces
    public LocalConnectorConfig localConnectorConfig() {
        LocalConnectorConfig current = config;
        if (current == null) {
            current = LocalConnectorConfig.from(source);
            config = current;
        }
        return current;
    }

    void validateAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        localConnectorConfig();
    }
}
