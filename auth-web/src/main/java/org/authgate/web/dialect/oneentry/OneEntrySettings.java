package org.authgate.web.dialect.oneentry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads {@link OneEntryConfig} once; a malformed setting fails the deployment, not the first request. */
@ApplicationScoped
public class OneEntrySettings {

    @Produces
    @Singleton
    OneEntryConfig config() {
        return OneEntryConfig.from(ConfigProvider.getConfig());
    }

    void validateAtStart(@Observes @Initialized(ApplicationScoped.class) Object ignored, OneEntryConfig config) {
        config.markers();
    }
}
