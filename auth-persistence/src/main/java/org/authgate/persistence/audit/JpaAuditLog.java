package org.authgate.persistence.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.authgate.core.audit.AuditCursor;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditFilter;
import org.authgate.core.audit.AuditLog;
import org.authgate.core.audit.AuditQuery;
import org.authgate.core.audit.AuditRecord;
import org.authgate.core.audit.Outcome;
import org.authgate.core.audit.TimeBuckets;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.SessionId;
import org.authgate.persistence.Jpa;
import org.authgate.persistence.QueryPlanning;

/**
 * Audit rows. {@link #append} is MANDATORY-transactional on purpose: an audit record exists only
 * together with the change it records, never on its own.
 */
@ApplicationScoped
public class JpaAuditLog implements AuditLog, AuditQuery {
    /**
     * (bucket number, count) of one event in [from, to): parameters first second of the range, bucket width
     * in seconds, event, from, to.
     */
    static final String BUCKET_COUNTS = "SELECT b, COUNT(*) FROM (SELECT (CAST(FLOOR(EXTRACT(EPOCH FROM a.at)) AS BIGINT)"
            + " - ?1) / ?2 AS b FROM audit_records a WHERE a.event = ?3 AND a.at >= ?4 AND a.at < ?5) t GROUP BY b";

    @PersistenceContext(unitName = Jpa.UNIT)
    EntityManager em;

    @Inject
    QueryPlanning planning;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(AuditRecord r) {
        AuditRecordEntity e = new AuditRecordEntity();
        e.id = r.id();
        e.at = r.at();
        e.event = r.event().name();
        e.outcome = r.outcome().name();
        e.tenant = r.tenant() == null ? null : r.tenant().value();
        e.connector = r.connector() == null ? null : r.connector().value();
        e.dialect = r.dialect().value();
        e.subject = r.subject() == null ? null : r.subject().value();
        e.username = cut(r.username(), 255);
        e.sessionId = r.session() == null ? null : r.session().value();
        e.clientId = r.client().clientId();
        e.remoteAddress = r.client().remoteAddress();
        e.userAgent = r.client().userAgent();
        e.reason = cut(r.reason(), 255);
        e.actor = cut(r.actor(), 255);
        e.target = cut(r.target(), 255);
        em.persist(e);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditRecord> search(AuditFilter filter, int offset, int limit) {
        planning.planForTheseValues(em);
        return Jpa.page(em, "SELECT a FROM AuditRecordEntity a", where(filter), "a.at DESC, a.id DESC",
                        AuditRecordEntity.class, offset, limit).stream().map(JpaAuditLog::toDomain).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditRecord> searchAfter(AuditFilter filter, AuditCursor after, int limit) {
        planning.planForTheseValues(em);
        Jpa.Where where = where(filter).and("(a.at < :afterAt OR (a.at = :afterAt AND a.id < :afterId))",
                "afterAt", after == null ? null : after.at(), "afterId", after == null ? null : after.id());
        return Jpa.page(em, "SELECT a FROM AuditRecordEntity a", where, "a.at DESC, a.id DESC",
                AuditRecordEntity.class, 0, limit).stream().map(JpaAuditLog::toDomain).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(AuditFilter filter, long cap) {
        planning.planForTheseValues(em);
        return Jpa.cappedCount(em, "SELECT a.id FROM AuditRecordEntity a", where(filter), cap);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Dialect, Long> countByDialect(AuditEvent event, Instant from) {
        Map<Dialect, Long> counts = new TreeMap<>(Comparator.comparing(Dialect::value));
        countBy("a.dialect", event, from).forEach(row -> counts.put(new Dialect((String) row[0]), (Long) row[1]));
        return counts;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<ConnectorId, Long> countByConnector(AuditEvent event, Instant from) {
        Map<ConnectorId, Long> counts = new TreeMap<>(Comparator.comparing(ConnectorId::value));
        countBy("a.connector", event, from).stream().filter(row -> row[0] != null)
                .forEach(row -> counts.put(new ConnectorId((String) row[0]), (Long) row[1]));
        return counts;
    }

    /** (value of {@code attribute}, count) of {@code event} since {@code from}: one grouped query over (event, at). */
    private List<Object[]> countBy(String attribute, AuditEvent event, Instant from) {
        planning.planForTheseValues(em);
        return em.createQuery("SELECT " + attribute + ", COUNT(a) FROM AuditRecordEntity a"
                        + " WHERE a.event = :event AND a.at >= :from GROUP BY " + attribute, Object[].class)
                .setParameter("event", event.name()).setParameter("from", from).getResultList().stream()
                .map(row -> new Object[] {row[0], ((Number) row[1]).longValue()}).toList();
    }

    /**
     * Grouped in the database by bucket number, over the (event, at) index and the buckets' range only.
     * Native SQL because JPQL has no portable epoch arithmetic; the whole seconds are taken before the
     * integer division (H2 rounds a NUMERIC quotient, and PostgreSQL rounds a NUMERIC cast to BIGINT), so
     * the same statement buckets alike on PostgreSQL and on the run command's H2.
     */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> countByBucket(AuditEvent event, TimeBuckets buckets) {
        planning.planForTheseValues(em);
        long[] counts = new long[buckets.count()];
        List<?> rows = em.createNativeQuery(BUCKET_COUNTS)
                .setParameter(1, buckets.from().getEpochSecond()).setParameter(2, buckets.width().toSeconds())
                .setParameter(3, event.name()).setParameter(4, buckets.from()).setParameter(5, buckets.to())
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            int bucket = ((Number) columns[0]).intValue();
            if (bucket >= 0 && bucket < counts.length) {
                counts[bucket] = ((Number) columns[1]).longValue();
            }
        }
        return Arrays.stream(counts).boxed().toList();
    }

    private static Jpa.Where where(AuditFilter f) {
        return new Jpa.Where()
                .and("a.at >= :from", "from", f.from())
                .and("a.at < :to", "to", f.to())
                .and("a.event = :event", "event", f.event() == null ? null : f.event().name())
                .and("a.outcome = :outcome", "outcome", f.outcome() == null ? null : f.outcome().name())
                .and("a.username = :username", "username", f.username())
                .and("a.subject = :subject", "subject", f.subject() == null ? null : f.subject().value())
                .and("a.sessionId = :session", "session", f.session() == null ? null : f.session().value())
                .and("a.connector = :connector", "connector", f.connector() == null ? null : f.connector().value())
                .and("a.dialect = :dialect", "dialect", f.dialect() == null ? null : f.dialect().value())
                .and("a.remoteAddress = :address", "address", f.remoteAddress())
                .and("a.actor = :actor", "actor", f.actor());
    }

    private static AuditRecord toDomain(AuditRecordEntity e) {
        return new AuditRecord(e.id, e.at, AuditEvent.valueOf(e.event), Outcome.valueOf(e.outcome),
                e.tenant == null ? null : new TenantId(e.tenant),
                e.connector == null ? null : new ConnectorId(e.connector), new Dialect(e.dialect),
                e.subject == null ? null : new SubjectId(e.subject), e.username,
                e.sessionId == null ? null : new SessionId(e.sessionId),
                new ClientInfo(e.clientId, e.remoteAddress, e.userAgent, null), e.reason, e.actor, e.target);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
