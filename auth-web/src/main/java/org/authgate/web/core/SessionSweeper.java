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
 * it a session that simply stops being used stays ACTIVE in the store, and the console counts it as live.
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

    private ScheduledFuture<?> schedule;

    /** Called once the schema is migrated (Startup). */
    public void start() {
        if (intervalSeconds < 0) {
            throw new IllegalStateException("invalid authgate configuration: authgate.session.sweep-interval-seconds"
                    + " must be 0 (off) or more");
        }
        if (intervalSeconds > 0) {
            schedule = scheduler.scheduleWithFixedDelay(this::sweepQuietly, intervalSeconds, intervalSeconds,
                    TimeUnit.SECONDS);
        }
    }

    /** @return how many sessions this sweep ended */
    public int sweep() {
        return sweeps.sweep();
    }

    private void sweepQuietly() {
        try {
            int ended = sweep();
            if (ended > 0) {
                LOG.fine(() -> "sweeper ended " + ended + " session(s)");
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
