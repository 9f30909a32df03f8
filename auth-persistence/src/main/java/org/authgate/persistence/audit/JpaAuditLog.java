package org.authgate.persistence.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditFilter;
import org.authgate.core.audit.AuditLog;
import org.authgate.core.audit.AuditQuery;
import org.authgate.core.audit.AuditRecord;
import org.authgate.core.audit.Outcome;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.SessionId;
import org.authgate.persistence.Jpa;

/**
 * Audit rows. {@link #append} is MANDATORY-transactional on purpose: an audit record exists only
 * together with the change it records, never on its own.
 */
@ApplicationScoped
public class JpaAuditLog implements AuditLog, AuditQuery {

    @PersistenceContext(unitName = Jpa.UNIT)
    EntityManager em;

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
        return Jpa.page(em, "SELECT a FROM AuditRecordEntity a", where(filter), "a.at DESC, a.id DESC",
                        AuditRecordEntity.class, offset, limit).stream().map(JpaAuditLog::toDomain).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(AuditFilter filter, long cap) {
        return Jpa.cappedCount(em, "SELECT a.id FROM AuditRecordEntity a", where(filter), cap);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Dialect, Long> countByDialect(AuditEvent event, Instant from) {
        Map<Dialect, Long> counts = new TreeMap<>(Comparator.comparing(Dialect::value));
        em.createQuery("SELECT a.dialect, COUNT(a) FROM AuditRecordEntity a WHERE a.event = :event AND a.at >= :from"
                        + " GROUP BY a.dialect", Object[].class)
                .setParameter("event", event.name()).setParameter("from", from)
                .getResultList().forEach(row -> counts.put(new Dialect((String) row[0]), ((Number) row[1]).longValue()));
        return counts;
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
