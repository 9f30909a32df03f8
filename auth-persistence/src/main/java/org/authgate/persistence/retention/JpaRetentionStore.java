package org.authgate.persistence.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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

/**
 * Purges in two statements per batch: the ids of the oldest rows past the cutoff, locked with SKIP LOCKED (a row
 * another transaction holds, another node's batch or a request using it, is left for a later sweep instead of being
 * waited for), then one DELETE of those ids, whose count is what this batch removed, added to the tally in the same
 * transaction. Every selection is an index range ordered by the column it compares (V8).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaRetentionStore implements RetentionStore {
    /** Hibernate's lock timeout for SKIP LOCKED (LockOptions.SKIP_LOCKED), through the standard hint. */
    private static final int SKIP_LOCKED = -2;
    private static final List<String> LIVE = List.of(SessionState.ACTIVE.name(),
            SessionState.PENDING_SECOND_FACTOR.name());

    @PersistenceContext(unitName = Jpa.UNIT)
    EntityManager em;

    @Override
    public int purge(PurgeKind kind, Instant before, int limit) {
        String entity = switch (kind) {
            case SESSIONS -> "SessionEntity";
            case REFRESH_TOKENS -> "RefreshTokenEntity";
            case THROTTLES -> "ThrottleEntity";
            case AUDIT_RECORDS -> "AuditRecordEntity";
        };
        String id = kind == PurgeKind.THROTTLES ? "x.key" : "x.id";
        String due = switch (kind) {
            // A session row's refresh tokens go with it (ON DELETE CASCADE); its audit records stay.
            case SESSIONS -> "x.endedAt < :before AND x.state NOT IN :live ORDER BY x.endedAt";
            case REFRESH_TOKENS -> "x.expiresAt < :before ORDER BY x.expiresAt";
            // Neither counting in its window nor locking any more.
            case THROTTLES -> "x.windowStart < :before AND (x.lockedUntil IS NULL OR x.lockedUntil < :before)"
                    + " ORDER BY x.windowStart";
            case AUDIT_RECORDS -> "x.at < :before ORDER BY x.at";
        };
        var select = em.createQuery("SELECT " + id + " FROM " + entity + " x WHERE " + due, Object.class)
                .setParameter("before", before);
        if (kind == PurgeKind.SESSIONS) {
            select.setParameter("live", LIVE);
        }
        List<Object> ids = select.setMaxResults(limit).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        int removed = em.createQuery("DELETE FROM " + entity + " x WHERE " + id + " IN :ids")
                .setParameter("ids", ids).executeUpdate();
        if (removed > 0) {
            em.createNativeQuery("UPDATE retention_tally SET purged = purged + ?1 WHERE kind = ?2")
                    .setParameter(1, (long) removed).setParameter(2, kind.label()).executeUpdate();
        }
        return removed;
    }

    @Override
    public Map<PurgeKind, Long> takeTally() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT kind, purged FROM retention_tally ORDER BY kind FOR UPDATE")
                .getResultList();
        Map<PurgeKind, Long> tally = new EnumMap<>(PurgeKind.class);
        for (PurgeKind kind : PurgeKind.values()) {
            for (Object[] row : rows) {
                if (kind.label().equals(row[0])) {
                    tally.put(kind, ((Number) row[1]).longValue());
                }
            }
        }
        em.createNativeQuery("UPDATE retention_tally SET purged = 0 WHERE purged <> 0").executeUpdate();
        return tally;
    }
}
