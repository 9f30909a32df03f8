package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditFilter;
import org.authgate.core.audit.AuditQuery;
import org.authgate.core.audit.TimeBuckets;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.SessionFilter;
import org.authgate.core.session.SessionQuery;
import org.authgate.core.session.SessionState;

/**
 * What happened lately, for the dashboard: live sessions, logins, failures and lockouts, by dialect, by connector
 * and over time, all read in one unit of work. Every count is capped, and the charts' buckets are counted by the
 * database over their range only.
 */
@ApplicationScoped
public class Activity {

    @Inject
    UnitOfWork work;

    @Inject
    SessionQuery sessions;

    @Inject
    AuditQuery audit;

    /** Logins and failures per key (a dialect, a connector), keys with neither left out. */
    public record Split<K>(Map<K, Long> logins, Map<K, Long> failures) {
    }

    /** Logins and failures per time bucket, oldest first. */
    public record Series(List<Long> logins, List<Long> failures) {
    }

    /** Counts are taken up to the cap given plus one; "last hour" and "last day" end at {@code at}. */
    public record Figures(long activeSessions, long loginsLastHour, long failuresLastHour, long loginsLastDay,
                          long failuresLastDay, long lockoutsLastDay, Split<Dialect> byDialect,
                          Split<ConnectorId> byConnector, Series chartA, Series chartB, Instant at) {
    }

    /** The figures as of {@code now}, with two charts over the given buckets. */
    public Figures at(Instant now, long cap, TimeBuckets chartA, TimeBuckets chartB) {
        Instant hourAgo = now.minus(Duration.ofHours(1));
        Instant dayAgo = now.minus(Duration.ofDays(1));
        return work.run(() -> new Figures(
                sessions.count(new SessionFilter(null, null, null, null, null, null, SessionState.ACTIVE, null, null),
                        cap),
                audit.count(events(AuditEvent.LOGIN_SUCCEEDED, hourAgo), cap),
                audit.count(events(AuditEvent.LOGIN_FAILED, hourAgo), cap),
                audit.count(events(AuditEvent.LOGIN_SUCCEEDED, dayAgo), cap),
                audit.count(events(AuditEvent.LOGIN_FAILED, dayAgo), cap),
                audit.count(events(AuditEvent.LOCKED_OUT, dayAgo), cap),
                new Split<>(audit.countByDialect(AuditEvent.LOGIN_SUCCEEDED, dayAgo),
                        audit.countByDialect(AuditEvent.LOGIN_FAILED, dayAgo)),
                new Split<>(audit.countByConnector(AuditEvent.LOGIN_SUCCEEDED, dayAgo),
                        audit.countByConnector(AuditEvent.LOGIN_FAILED, dayAgo)),
                series(chartA), series(chartB), now));
    }

    private Series series(TimeBuckets buckets) {
        return new Series(audit.countByBucket(AuditEvent.LOGIN_SUCCEEDED, buckets),
                audit.countByBucket(AuditEvent.LOGIN_FAILED, buckets));
    }

    private static AuditFilter events(AuditEvent event, Instant from) {
        return new AuditFilter(from, null, event, null, null, null, null, null, null, null, null);
    }
}
