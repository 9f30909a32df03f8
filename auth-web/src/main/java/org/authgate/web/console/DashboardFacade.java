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
import org.authgate.core.audit.TimeBuckets;
import org.authgate.web.usecase.Activity;

/**
 * The dashboard's figures, read in one unit of work ({@link Activity}); every count is capped (see
 * {@link Count}), and the charts' buckets are counted by the database over their range only.
 */
@ApplicationScoped
public class DashboardFacade {
    @Inject
    Activity activity;

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
        TimeBuckets hour = TimeBuckets.endingAt(now, Duration.ofMinutes(5), 12);
        TimeBuckets day = TimeBuckets.endingAt(now, Duration.ofHours(1), 24);
        Activity.Figures f = activity.at(now, Count.CAP, hour, day);
        return new Dashboard(Count.of(f.activeSessions()), Count.of(f.loginsLastHour()),
                Count.of(f.failuresLastHour()), Count.of(f.loginsLastDay()), Count.of(f.failuresLastDay()),
                Count.of(f.lockoutsLastDay()), breakdown(f.byDialect(), d -> d.value()),
                breakdown(f.byConnector(), c -> c.value()), chart(hour, f.chartA(), "HH:mm"),
                chart(day, f.chartB(), "HH"), f.at());
    }

    private static LoginChart chart(TimeBuckets buckets, Activity.Series series, String tickPattern) {
        return LoginChart.of(buckets, series.logins(), series.failures(), tickPattern);
    }

    /** One row per name that had logins or failures, by name. */
    private static <K> List<Breakdown> breakdown(Activity.Split<K> split, Function<K, String> name) {
        Map<String, Long> loginsByName = new TreeMap<>();
        Map<String, Long> failuresByName = new TreeMap<>();
        split.logins().forEach((k, v) -> loginsByName.put(name.apply(k), v));
        split.failures().forEach((k, v) -> failuresByName.put(name.apply(k), v));
        TreeSet<String> names = new TreeSet<>(loginsByName.keySet());
        names.addAll(failuresByName.keySet());
        return names.stream().map(n -> new Breakdown(n, loginsByName.getOrDefault(n, 0L),
                failuresByName.getOrDefault(n, 0L))).toList();
    }
}
