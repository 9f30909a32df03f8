package org.authgate.web.jwt;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.authgate.web.core.CoreSettings;
import org.authgate.web.usecase.RotateSigningKeys;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies the {@link KeySchedule} at start-up and every {@code authgate.jwt.key-check-interval-seconds} on
 * every node ({@link RotateSigningKeys}, which settles two nodes adding the same key), then reloads the node's keys.
 */
@ApplicationScoped
public class SigningKeyRotation {
    private static final Logger LOG = Logger.getLogger(SigningKeyRotation.class.getName());
    /** How long resource servers may cache the JWKS document (JwksResource). */
    public static final Duration JWKS_MAX_AGE = Duration.ofMinutes(5);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    RotateSigningKeys rotation;

    @Inject
    SigningKeys keys;

    @Inject
    Clock clock;

    @Inject
    CoreSettings settings;

    @Inject
    @ConfigProperty(name = "authgate.jwt.key-rotation-days")
    long rotationDays;

    @Inject
    @ConfigProperty(name = "authgate.jwt.key-check-interval-seconds")
    long checkIntervalSeconds;

    private ScheduledFuture<?> schedule;

    /**
     * A new key is published this long before it signs: every node reloads within two check intervals, and a
     * resource server's cached JWKS is at most {@link #JWKS_MAX_AGE} old.
     */
    KeySchedule schedule() {
        if (rotationDays < 0 || checkIntervalSeconds < 0) {
            throw new IllegalStateException("invalid authgate configuration: authgate.jwt.key-rotation-days and"
                    + " authgate.jwt.key-check-interval-seconds must be 0 (off) or more");
        }
        Duration lead = Duration.ofSeconds(2 * checkIntervalSeconds).plus(JWKS_MAX_AGE);
        try {
            return new KeySchedule(Duration.ofDays(rotationDays), lead, settings.sessionPolicy().maxSessionLifetime());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("invalid authgate configuration: " + e.getMessage(), e);
        }
    }

    /** Called once at start-up (Startup): the first key if there is none, then the schedule. */
    public void start() {
        KeySchedule s = schedule();
        check();
        if (checkIntervalSeconds > 0) {
            schedule = scheduler.scheduleWithFixedDelay(this::checkQuietly, checkIntervalSeconds, checkIntervalSeconds,
                    TimeUnit.SECONDS);
        }
        LOG.info(() -> "JWT signing keys: rotation " + (s.rotation().isZero() ? "off" : "every " + rotationDays + " days")
                + ", new keys published " + s.lead().toSeconds() + " s before they sign");
    }

    /** Adds or removes what the schedule says is due, then reloads this node's keys. */
    public void check() {
        KeySchedule s = schedule();
        RotateSigningKeys.Changes done = rotation.rotate(stored -> {
            KeySchedule.Plan plan = s.plan(stored, clock.instant());
            return new RotateSigningKeys.Changes(
                    plan.add().map(next -> keys.generate(next.generation(), next.signsFrom())), plan.remove());
        });
        done.added().ifPresent(next -> LOG.info(() -> "JWT signing key generation " + next.generation()
                + " added, signs from " + next.signsFrom()));
        if (!done.removed().isEmpty()) {
            LOG.info(() -> "JWT signing keys retired and removed: " + done.removed());
        }
        keys.reload();
    }

    private void checkQuietly() {
        try {
            check();
        } catch (RuntimeException e) {
            // The database may be away; the next interval tries again, and the keys in memory keep working.
            LOG.log(Level.WARNING, "signing key check failed: " + e.getClass().getSimpleName(), e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
