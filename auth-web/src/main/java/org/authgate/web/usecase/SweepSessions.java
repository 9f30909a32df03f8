package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.authgate.core.retention.PurgeKind;
import org.authgate.core.retention.Retention;
import org.authgate.core.session.SessionEnding;
import org.authgate.web.core.RetentionSettings;

/**
 * The sweeper's work, in two parts, every part a series of short units of work so that a backlog never holds one long
 * transaction or the locks of live rows:
 * <ol>
 *   <li>ends sessions that are over although nobody presented their token again ({@link SessionEnding#expireDue}), in
 *       batches of {@value #BATCH} rows, each batch one unit of work with its SESSION_EXPIRED records. Every node
 *       sweeps: two nodes ending the same row collide on its version, and the unit's retry then finds it ended;</li>
 *   <li>purges the rows past their retention ({@link Retention#purge}), kind by kind, in batches of
 *       {@code authgate.retention.batch-size}, each batch one unit of work that also adds its count to the tally; then
 *       one more unit writes the sweep's one DATA_PURGED summary record from the tally ({@link Retention#summarise}).
 *       Two nodes purging at once take different rows (SKIP LOCKED) and each row is counted by the batch that
 *       removed it, so the summaries never count a row twice.</li>
 * </ol>
 */
@ApplicationScoped
public class SweepSessions {
    static final int BATCH = 500;
    /** One sweep runs at most this many batches of each part and kind, so a backlog cannot hold a pool thread for long. */
    private static final int MAX_BATCHES = 20;

    /**
     * What one sweep did.
     *
     * @param ended  sessions this sweep ended
     * @param purged the counts of the summary record this sweep wrote; empty when it wrote none (nothing purged, or
     *               another node's sweep reported the rows first)
     */
    public record Swept(int ended, Map<PurgeKind, Long> purged) {
    }

    @Inject
    UnitOfWork work;

    @Inject
    SessionEnding sessions;

    @Inject
    Retention retention;

    @Inject
    RetentionSettings settings;

    public Swept sweep() {
        int ended = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            int count = work.run(() -> sessions.expireDue(BATCH));
            ended += count;
            if (count < BATCH) {
                break;
            }
        }
        int size = settings.batchSize();
        for (PurgeKind kind : PurgeKind.values()) {
            for (int batch = 0; batch < MAX_BATCHES; batch++) {
                if (work.run(() -> retention.purge(kind, size)) < size) {
                    break;
                }
            }
        }
        return new Swept(ended, work.run(retention::summarise));
    }
}
