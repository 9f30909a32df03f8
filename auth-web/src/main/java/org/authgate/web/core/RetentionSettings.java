package org.authgate.web.core;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.authgate.core.audit.AuditTrail;
import org.authgate.core.retention.Retention;
import org.authgate.core.retention.RetentionPolicy;
import org.authgate.core.retention.RetentionStore;
import org.eclipse.microprofile.config.Config;

/**
 * The retention periods ({@code authgate.retention.*}, in days; 0 keeps that kind forever) and the batch size of the
 * purge, read once and checked when the sweeper starts: a bad value stops the deployment with a message naming the
 * key. Produces the core's {@link Retention} over them.
 */
@ApplicationScoped
public class RetentionSettings {
    static final String PREFIX = "authgate.retention.";

    private RetentionPolicy policy;
    private int batchSize;

    protected RetentionSettings() {
    }

    @Inject
    public RetentionSettings(Config config) {
        try {
            policy = new RetentionPolicy(days(config, "ended-sessions-days"), days(config, "refresh-tokens-days"),
                    days(config, "throttles-days"), days(config, "audit-days"));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("invalid authgate configuration: " + e.getMessage(), e);
        }
        batchSize = config.getValue(PREFIX + "batch-size", Integer.class);
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalStateException("invalid authgate configuration: " + PREFIX
                    + "batch-size must be between 1 and 10000");
        }
    }

    public RetentionPolicy policy() {
        return policy;
    }

    /** Rows one purge transaction removes at most, per kind. */
    public int batchSize() {
        return batchSize;
    }

    @Produces
    @Singleton
    Retention retention(RetentionStore store, AuditTrail audit, Clock clock) {
        return new Retention(store, policy, audit, clock);
    }

    private static Optional<Duration> days(Config config, String name) {
        long days = config.getValue(PREFIX + name, Long.class);
        if (days < 0) {
            throw new IllegalArgumentException(PREFIX + name + " must be 0 (keep forever) or a number of days");
        }
        return days == 0 ? Optional.empty() : Optional.of(Duration.ofDays(days));
    }
}
