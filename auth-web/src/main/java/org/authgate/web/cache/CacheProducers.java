package org.authgate.web.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.concurrent.TimeUnit;
import org.authgate.core.session.VerifiedSessions;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class CacheProducers {

    /** One per node; {@code authgate.cache.sessions=0} switches it off (every check reads the database). */
    @Produces
    @Singleton
    VerifiedSessions verifiedSessions(@ConfigProperty(name = "authgate.cache.sessions") int capacity,
                                      @ConfigProperty(name = "authgate.cache.max-age-seconds") long maxAgeSeconds) {
        if (capacity < 0 || maxAgeSeconds < 0) {
            throw new IllegalStateException("invalid authgate configuration: authgate.cache.sessions and"
                    + " authgate.cache.max-age-seconds must be 0 or more");
        }
        return new VerifiedSessions(capacity, TimeUnit.SECONDS.toNanos(maxAgeSeconds), System::nanoTime);
    }
}
