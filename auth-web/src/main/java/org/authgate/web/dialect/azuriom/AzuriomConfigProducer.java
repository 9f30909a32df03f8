package org.authgate.web.dialect.azuriom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

/** Reads {@link AzuriomConfig} once. */
@ApplicationScoped
public class AzuriomConfigProducer {

    @Produces
    @Singleton
    AzuriomConfig config(Config config) {
        return AzuriomConfig.from(config);
    }
}
