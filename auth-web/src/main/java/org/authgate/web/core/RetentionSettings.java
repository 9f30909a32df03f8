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
 * purge, read once and checked when the sweeper starts: a bad value (not a whole number, or out of its range) stops
 * the deployment with a message naming the key. Produces the core's {@link Retention} over them.
 */
@ApplicationScoped
public class RetentionSettings {
    static final String PREFIX = "authgate.retention.";
    /**
     * A hundred years. Without a ceiling, a period of a few hundred billion days passed the start and then failed every
     * sweep (the cutoff, now minus the period, lies before the earliest instant Java represents), and a larger one
     * stopped the start with an arithmetic overflow that named no key.
     */
    static final long MAX_DAYS = 36_500;
    /** A batch is one transaction that locks its rows until it commits; beyond this it is a long one. */
    static final long MAX_BATCH_SIZE = 10_000;

    private RetentionPolicy policy;
    private int batchSize;

    protected RetentionSettings() {
    }

    @Inject
    public RetentionSettings(Config config) {
        // Whole days of at least one: every period the policy itself refuses (under an hour for throttles) is out.
        policy = new RetentionPolicy(days(config, "ended-sessions-days"), days(config, "refresh-tokens-days"),
                days(config, "throttles-days"), days(config, "audit-days"));
        batchSize = (int) number(config, "batch-size", 1, MAX_BATCH_SIZE, "a number of rows from 1 to 10000");
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
        long days = number(config, name, 0, MAX_DAYS, "0 (keep forever) or a number of days up to 36500");
        return days == 0 ? Optional.empty() : Optional.of(Duration.ofDays(days));
    }

    /** Read as text and parsed here, so that a value that is no number is refused with its key like any other. */
    private static long number(Config config, String name, long min, long max, String expected) {
        String raw = config.getValue(PREFIX + name, String.class).trim();
        try {
            long value = Long.parseLong(raw);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below, as a value out of range is
        }
        throw new IllegalStateException("invalid authgate configuration: " + PREFIX + name + " must be " + expected
                + ", not '" + raw + "'");
    }
}
