package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.authgate.core.session.SessionEnding;

/**
 * Ends sessions that are over although nobody presented their token again ({@link SessionEnding#expireDue}), in
 * batches of {@value #BATCH} rows, each batch one unit of work with its SESSION_EXPIRED records. Every node sweeps:
 * two nodes ending the same row collide on its version, and the unit's retry then finds it ended.
 */
@ApplicationScoped
public class SweepSessions {
    static final int BATCH = 500;
    /** One sweep ends at most this many batches, so a backlog cannot hold a pool thread for long. */
    private static final int MAX_BATCHES = 20;

    @Inject
    UnitOfWork work;

    @Inject
    SessionEnding sessions;

    /** @return how many sessions this sweep ended */
    public int sweep() {
        int ended = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            int count = work.run(() -> sessions.expireDue(BATCH));
            ended += count;
            if (count < BATCH) {
                break;
            }
        }
        return ended;
    }
}
