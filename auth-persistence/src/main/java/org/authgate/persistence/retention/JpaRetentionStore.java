package org.authgate.persistence.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.authgate.core.retention.PurgeKind;
import org.authgate.core.retention.RetentionStore;
import org.authgate.core.session.SessionState;
import org.authgate.persistence.Jpa;
import org.authgate.persistence.QueryPlanning;

/**
 * Purges in two statements per batch: the ids of the oldest rows past the cutoff, then one DELETE of those ids that
 * are still due, whose count is what this batch removed, added to the tally in the same transaction. Every selection
 * is an index range ordered by the column it compares (V8).
 *
 * <p>The selection depends on the database ({@link QueryPlanning#isPostgres}):
 * <ul>
 *   <li>PostgreSQL locks the batch's rows with SKIP LOCKED: a row another transaction holds (another node's batch, a
 *       request using it) is left for a later sweep instead of being waited for, so nodes sweeping at once take
 *       disjoint rows.</li>
 *   <li>H2 (the run command's, one node) selects without a lock. H2 2.2.224 (WildFly's module) accepts
 *       {@code FOR UPDATE SKIP LOCKED} but locks every row the query reads before ORDER BY and LIMIT apply, so a batch
 *       would lock the whole backlog, and a second transaction's SKIP LOCKED then saw no row at all (RetentionSqlTest
 *       shows it). Hibernate's H2 dialect had rendered JPA's pessimistic lock as that same plain FOR UPDATE. Without
 *       it only the DELETE locks, and only the batch's rows; the DELETE re-checks that each row is still due, so a row
 *       revived in between (a throttle counting again) stays.</li>
 * </ul>
 * Native SQL because JPQL has no LIMIT or SKIP LOCKED of its own, and so that RetentionSqlTest runs these very
 * statements on H2.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaRetentionStore implements RetentionStore {
    static final String TALLY_ADD = "UPDATE retention_tally SET purged = purged + :removed WHERE kind = :kind";
    static final String TALLY_TAKE = "SELECT kind, purged FROM retention_tally ORDER BY kind FOR UPDATE";
    static final String TALLY_ZERO = "UPDATE retention_tally SET purged = 0 WHERE purged <> 0";

    @PersistenceContext(unitName = Jpa.UNIT)
    EntityManager em;

    @Inject
    QueryPlanning database;

    @Override
    public int purge(PurgeKind kind, Instant before, int limit) {
        List<?> ids = em.createNativeQuery(select(kind, database.isPostgres())).setParameter("before", before)
                .setParameter("limit", limit).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        int removed = em.createNativeQuery(delete(kind)).setParameter("ids", ids).setParameter("before", before)
                .executeUpdate();
        if (removed > 0) {
            em.createNativeQuery(TALLY_ADD).setParameter("removed", (long) removed).setParameter("kind", kind.label())
                    .executeUpdate();
        }
        return removed;
    }

    @Override
    public Map<PurgeKind, Long> takeTally() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(TALLY_TAKE).getResultList();
        Map<PurgeKind, Long> tally = new EnumMap<>(PurgeKind.class);
        for (PurgeKind kind : PurgeKind.values()) {
            for (Object[] row : rows) {
                if (kind.label().equals(row[0])) {
                    tally.put(kind, ((Number) row[1]).longValue());
                }
            }
        }
        em.createNativeQuery(TALLY_ZERO).executeUpdate();
        return tally;
    }

    /** The batch's ids, oldest first: {@code :before} the cutoff, {@code :limit} the batch size. */
    static String select(PurgeKind kind, boolean postgres) {
        Table t = Table.of(kind);
        return "SELECT " + t.id + " FROM " + t.name + " WHERE " + t.due + " ORDER BY " + t.age + " LIMIT :limit"
                + (postgres ? " FOR UPDATE SKIP LOCKED" : "");
    }

    /** The batch's DELETE: {@code :ids} from {@link #select}, {@code :before} the same cutoff. */
    static String delete(PurgeKind kind) {
        Table t = Table.of(kind);
        return "DELETE FROM " + t.name + " WHERE " + t.id + " IN (:ids) AND " + t.due;
    }

    /** Where a kind's rows live and when one is due. */
    private record Table(String name, String id, String due, String age) {
        static Table of(PurgeKind kind) {
            return switch (kind) {
                // A session row's refresh tokens go with it (ON DELETE CASCADE); its audit records stay.
                case SESSIONS -> new Table("sessions", "id", "ended_at < :before AND state NOT IN ('"
                        + SessionState.ACTIVE.name() + "', '" + SessionState.PENDING_SECOND_FACTOR.name() + "')",
                        "ended_at");
                case REFRESH_TOKENS -> new Table("refresh_tokens", "id", "expires_at < :before", "expires_at");
                // Neither counting in its window nor locking any more.
                case THROTTLES -> new Table("login_throttles", "throttle_key",
                        "window_start < :before AND (locked_until IS NULL OR locked_until < :before)", "window_start");
                case AUDIT_RECORDS -> new Table("audit_records", "id", "at < :before", "at");
            };
        }
    }
}
