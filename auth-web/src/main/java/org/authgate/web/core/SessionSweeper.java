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
import org.authgate.core.session.SessionEnding;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Ends sessions that are over although nobody presented their token again (SessionEnding.expireDue), every
 * {@code authgate.session.sweep-interval-seconds} (0: never), in batches of {@value #BATCH} rows, each batch
 * one transaction with its SESSION_EXPIRED records. Every node sweeps: two nodes ending the same row collide
 * on its version, and the Gateway's retry then finds it ended. Without it a session that simply stops being
 * used stays ACTIVE in the store, and the console counts it as live.
 */
@ApplicationScoped
public class SessionSweeper {
    private static final Logger LOG = Logger.getLogger(SessionSweeper.class.getName());
    static final int BATCH = 500;
    /** One sweep ends at most this many batches, so a backlog cannot hold a pool thread for long. */
    private static final int MAX_BATCHES = 20;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Gateway gateway;

    @Inject
    SessionEnding sessions;

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
        int ended = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            int count = gateway.run(() -> sessions.expireDue(BATCH));
            ended += count;
            if (count < BATCH) {
                break;
            }
        }
        return ended;
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
