package org.authgate.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditFilter;
import org.authgate.core.audit.AuditQuery;
import org.authgate.core.audit.AuditRecord;
import org.authgate.core.audit.Outcome;
import org.authgate.core.session.Dialect;
import org.authgate.web.core.Gateway;

/** The audit page: paged, filtered reads of the audit trail, answered as rows. */
@ApplicationScoped
public class AuditFacade {
    @Inject
    Gateway gateway;

    @Inject
    AuditQuery auditQuery;

    public record AuditRow(String id, Instant at, String event, String outcome, String tenant, String connector,
                           String dialect, String username, String sessionId, String remoteAddress, String reason,
                           String actor, String target) {
        static AuditRow of(AuditRecord r) {
            return new AuditRow(r.id().toString(), r.at(), r.event().name(), r.outcome().name(),
                    r.tenant() == null ? null : r.tenant().value(),
                    r.connector() == null ? null : r.connector().value(), r.dialect().value(), r.username(),
                    r.session() == null ? null : r.session().toString(), r.client().remoteAddress(), r.reason(),
                    r.actor(), r.target());
        }
    }

    /** The audit page's filters; blank means any. */
    public record AuditCriteria(String event, String outcome, String username, String actor, String dialect,
                                Instant from, Instant to) {
    }

    public List<AuditRow> audit(AuditCriteria criteria, int offset, int limit) {
        AuditFilter filter = filter(criteria);
        return gateway.run(() -> auditQuery.search(filter, offset, limit)).stream().map(AuditRow::of).toList();
    }

    public Count countAudit(AuditCriteria criteria) {
        AuditFilter filter = filter(criteria);
        return Count.of(gateway.run(() -> auditQuery.count(filter, Count.CAP)));
    }

    private static AuditFilter filter(AuditCriteria c) {
        return new AuditFilter(c.from(), c.to(),
                Blank.toNull(c.event()) == null ? null : AuditEvent.valueOf(c.event()),
                Blank.toNull(c.outcome()) == null ? null : Outcome.valueOf(c.outcome()),
                Blank.toNull(c.username()), null, null, null,
                Blank.toNull(c.dialect()) == null ? null : new Dialect(c.dialect().strip()), null,
                Blank.toNull(c.actor()));
    }
}
