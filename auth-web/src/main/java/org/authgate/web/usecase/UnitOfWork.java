package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.authgate.core.Causes;

/**
 * The one way the use cases touch the database: each unit of work in its own transaction, so a state change and its
 * audit record commit together or not at all. When two requests (or two nodes) race on the same row, the loser's
 * transaction rolls back on a version or key conflict and runs again from the start, seeing the winner's result (a
 * replayed refresh token then reads as reuse, as it should). Only the use cases of this package may run one: a
 * resource that assembled its own unit of work would be a use case nobody can find.
 */
@ApplicationScoped
public class UnitOfWork {
    private static final Logger LOG = Logger.getLogger(UnitOfWork.class.getName());
    /** Attempts of one unit of work in all; retries are cheap next to a 5xx. */
    static final int ATTEMPTS = 8;
    /** SQL states of a lost race: unique_violation, serialization_failure, deadlock_detected. */
    private static final Set<String> CONFLICT_STATES = Set.of("23505", "40001", "40P01");

    @Inject
    Transactions tx;

    /**
     * Runs any unit of work with the same transaction and retry rules. A write conflict, found at flush or only at
     * commit, runs the whole unit again (it then reads the winner's state), at most {@link #ATTEMPTS} times in all,
     * each retry after a short random pause so that the losers of one race do not collide again in step. When the
     * last attempt conflicts too, the caller gets {@link WriteContention}: a defined refusal, never an incident.
     * A commit that fails otherwise is {@link CommitFailed} on every server; anything the work itself threw (a
     * refusal, a bug) is thrown as it came, after the rollback.
     */
    <T> T run(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.inNewTransaction(work);
            } catch (Exception e) {
                // Exception, not RuntimeException: a commit that fails throws JTA's checked RollbackException through
                // the transaction interceptor, undeclared.
                if (!isConflict(e)) {
                    if (e instanceof TransactionalException || !(e instanceof RuntimeException)) {
                        throw new CommitFailed(e);
                    }
                    throw (RuntimeException) e;
                }
                if (attempt >= ATTEMPTS) {
                    throw new WriteContention(attempt, e);
                }
                int failed = attempt;
                LOG.fine(() -> "write conflict, retrying after attempt " + failed);
                pause(attempt);
            }
        }
    }

    /**
     * A random pause before retry {@code attempt + 1}: up to 1, 2, 4 ... 32 ms (about 60 ms over all retries), so
     * that the losers of one race spread out instead of meeting again; short next to any request's own time.
     */
    void pause(int attempt) {
        long bound = 1L << Math.min(attempt, 5);
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(bound + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A lost race on one row, whenever it is found: an optimistic-lock failure (JPA's, or Hibernate's own names for
     * it), or the database refusing the statement or the commit for a duplicate key (23505), a serialization
     * failure (40001) or a deadlock (40P01). At commit the cause comes wrapped: JTA's {@code RollbackException}
     * carries the flush's failure as its cause or as a suppressed exception, and the transaction interceptor may
     * wrap that again, so everything that led to the failure is searched ({@link Causes}).
     */
    static boolean isConflict(Throwable e) {
        return Causes.anyMatch(e, UnitOfWork::isLostRace);
    }

    private static boolean isLostRace(Throwable t) {
        String name = t.getClass().getName();
        if (name.endsWith("OptimisticLockException") || name.endsWith("StaleStateException")
                || name.endsWith("StaleObjectStateException")) {
            return true;
        }
        // A connection failure often carries no SQLState at all (and Set.of refuses to look up null).
        return t instanceof SQLException sql && sql.getSQLState() != null && CONFLICT_STATES.contains(sql.getSQLState());
    }
}
