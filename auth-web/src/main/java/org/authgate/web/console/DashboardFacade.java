package org.authgate.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditFilter;
import org.authgate.core.audit.AuditQuery;
import org.authgate.core.audit.TimeBuckets;
import org.authgate.core.session.SessionFilter;
import org.authgate.core.session.SessionQuery;
import org.authgate.core.session.SessionState;
import org.authgate.web.core.Gateway;

/**
 * The dashboard's figures, read in one Gateway transaction; every count is capped (see {@link Count}),
 * and the charts' buckets are counted by the database over their range only.
 */
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

    /** Logins and failures of one dialect or connector. */
    public record Breakdown(String name, long logins, long failures) {
    }

    public record Dashboard(Count activeSessions, Count loginsLastHour, Count failuresLastHour, Count loginsLastDay,
                            Count failuresLastDay, Count lockoutsLastDay, List<Breakdown> byDialect,
                            List<Breakdown> byConnector, LoginChart lastHour, LoginChart lastDay, Instant at) {
    }

    public Dashboard dashboard() {
        Instant now = clock.instant();
        Instant hourAgo = now.minus(Duration.ofHours(1));
        Instant dayAgo = now.minus(Duration.ofDays(1));
        TimeBuckets hour = TimeBuckets.endingAt(now, Duration.ofMinutes(5), 12);
        TimeBuckets day = TimeBuckets.endingAt(now, Duration.ofHours(1), 24);
        return gateway.run(() -> {
            Count active = Count.of(sessionQuery.count(new SessionFilter(null, null, null, null, null, null,
                    SessionState.ACTIVE, null, null), Count.CAP));
            List<Breakdown> byDialect = breakdown(
                    auditQuery.countByDialect(AuditEvent.LOGIN_SUCCEEDED, dayAgo),
                    auditQuery.countByDialect(AuditEvent.LOGIN_FAILED, dayAgo), d -> d.value());
            List<Breakdown> byConnector = breakdown(
                    auditQuery.countByConnector(AuditEvent.LOGIN_SUCCEEDED, dayAgo),
                    auditQuery.countByConnector(AuditEvent.LOGIN_FAILED, dayAgo), c -> c.value());
            return new Dashboard(active,
                    Count.of(auditQuery.count(events(AuditEvent.LOGIN_SUCCEEDED, hourAgo), Count.CAP)),
                    Count.of(auditQuery.count(events(AuditEvent.LOGIN_FAILED, hourAgo), Count.CAP)),
                    Count.of(auditQuery.count(events(AuditEvent.LOGIN_SUCCEEDED, dayAgo), Count.CAP)),
                    Count.of(auditQuery.count(events(AuditEvent.LOGIN_FAILED, dayAgo), Count.CAP)),
                    Count.of(auditQuery.count(events(AuditEvent.LOCKED_OUT, dayAgo), Count.CAP)),
                    byDialect, byConnector, chart(hour, "HH:mm"), chart(day, "HH"), now);
        });
    }

    private LoginChart chart(TimeBuckets buckets, String tickPattern) {
        return LoginChart.of(buckets, auditQuery.countByBucket(AuditEvent.LOGIN_SUCCEEDED, buckets),
                auditQuery.countByBucket(AuditEvent.LOGIN_FAILED, buckets), tickPattern);
    }

    /** One row per name that had logins or failures, by name. */
    private static <K> List<Breakdown> breakdown(Map<K, Long> logins, Map<K, Long> failures, Function<K, String> name) {
        Map<String, Long> loginsByName = new TreeMap<>();
        Map<String, Long> failuresByName = new TreeMap<>();
        logins.forEach((k, v) -> loginsByName.put(name.apply(k), v));
        failures.forEach((k, v) -> failuresByName.put(name.apply(k), v));
        TreeSet<String> names = new TreeSet<>(loginsByName.keySet());
        names.addAll(failuresByName.keySet());
        return names.stream().map(n -> new Breakdown(n, loginsByName.getOrDefault(n, 0L),
                failuresByName.getOrDefault(n, 0L))).toList();
    }

    private static AuditFilter events(AuditEvent event, Instant from) {
        return new AuditFilter(from, null, event, null, null, null, null, null, null, null, null);
    }
}
