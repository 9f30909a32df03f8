package org.authgate.web.core;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.authgate.web.usecase.SweepSessions;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs {@link SweepSessions} every {@code authgate.session.sweep-interval-seconds} (0: never) on every node. Without
 * it a session that simply stops being used stays ACTIVE in the store, and the console counts it as live; and rows
 * past their retention ({@link RetentionSettings}) would never go.
 */
@ApplicationScoped
public class SessionSweeper {
    private static final Logger LOG = Logger.getLogger(SessionSweeper.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    SweepSessions sweeps;

    @Inject
    @ConfigProperty(name = "authgate.session.sweep-interval-seconds", defaultValue = "60")
    long intervalSeconds;

    @Inject
    RetentionSettings retention;

    private ScheduledFuture<?> schedule;

    /** Called once the schema is migrated (Startup). */
    public void start() {
        retention.policy(); // a bad retention setting stops the deployment now, not at the first sweep
        if (intervalSeconds < 0) {
            throw new IllegalStateException("invalid authgate configuration: authgate.session.sweep-interval-seconds"
                    + " must be 0 (off) or more");
        }
        if (intervalSeconds > 0) {
            schedule = scheduler.scheduleWithFixedDelay(this::sweepQuietly, intervalSeconds, intervalSeconds,
                    TimeUnit.SECONDS);
        }
    }

    /** @return what this sweep ended and purged */
    public SweepSessions.Swept sweep() {
        return sweeps.sweep();
    }

    private void sweepQuietly() {
        try {
            SweepSessions.Swept swept = sweep();
            if (swept.ended() > 0 || !swept.purged().isEmpty()) {
                LOG.fine(() -> "sweeper ended " + swept.ended() + " session(s), purged " + swept.purged());
            }
        } catch (RuntimeException e) {
            // A failed sweep (database away) is retried at the next interval; the schedule must survive it.
            LOG.log(Level.WARNING, "session sweep failed: " + e.getClass().getSimpleName(), e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
