package org.authgate.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditFilter;
import org.authgate.core.audit.AuditQuery;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.SessionFilter;
import org.authgate.core.session.SessionQuery;
import org.authgate.core.session.SessionState;
import org.authgate.web.core.Gateway;

/** The dashboard's figures, read in one Gateway transaction; every count is capped (see {@link Count}). */
@ApplicationScoped
public class DashboardFacade {
    @Inject
    Gateway gateway;

    @Inject
    SessionQuery sessionQuery;

    @Inject
    AuditQuery auditQuery;

    @Inject
    Clock clock;

    public record DialectCounts(String dialect, long logins, long failures) {
    }

    public record Dashboard(Count activeSessions, Count loginsLastHour, Count failuresLastHour, Count loginsLastDay,
                            Count failuresLastDay, Count lockoutsLastDay, List<DialectCounts> byDialect, Instant at) {
    }

    public Dashboard dashboard() {
        Instant now = clock.instant();
        Instant hourAgo = now.minus(Duration.ofHours(1));
        Instant dayAgo = now.minus(Duration.ofDays(1));
        return gateway.run(() -> {
            Count active = Count.of(sessionQuery.count(new SessionFilter(null, null, null, null, null, null,
                    SessionState.ACTIVE, null, null), Count.CAP));
            Map<Dialect, Long> logins = auditQuery.countByDialect(AuditEvent.LOGIN_SUCCEEDED, dayAgo);
            Map<Dialect, Long> failures = auditQuery.countByDialect(AuditEvent.LOGIN_FAILED, dayAgo);
            Set<Dialect> dialects = new LinkedHashSet<>(logins.keySet());
            dialects.addAll(failures.keySet());
            Map<String, DialectCounts> rows = new TreeMap<>();
            for (Dialect d : dialects) {
                rows.put(d.value(), new DialectCounts(d.value(), logins.getOrDefault(d, 0L), failures.getOrDefault(d, 0L)));
            }
            return new Dashboard(active,
                    Count.of(auditQuery.count(events(AuditEvent.LOGIN_SUCCEEDED, hourAgo), Count.CAP)),
                    Count.of(auditQuery.count(events(AuditEvent.LOGIN_FAILED, hourAgo), Count.CAP)),
                    Count.of(auditQuery.count(events(AuditEvent.LOGIN_SUCCEEDED, dayAgo), Count.CAP)),
                    Count.of(auditQuery.count(events(AuditEvent.LOGIN_FAILED, dayAgo), Count.CAP)),
                    Count.of(auditQuery.count(events(AuditEvent.LOCKED_OUT, dayAgo), Count.CAP)),
                    List.copyOf(rows.values()), now);
        });
    }

    private static AuditFilter events(AuditEvent event, Instant from) {
        return new AuditFilter(from, null, event, null, null, null, null, null, null, null, null);
    }
}
