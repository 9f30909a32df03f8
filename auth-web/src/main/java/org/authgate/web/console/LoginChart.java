package org.authgate.web.console;

import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.authgate.core.audit.TimeBuckets;

/**
 * A bar chart of logins and failures per time bucket, drawn by the page with CSS (no chart script, no
 * other origin): each bar's height is its share of the chart's tallest bar.
 */
public record LoginChart(List<Bar> bars, long max) implements Serializable {

    /** One bucket: its start (UTC), its counts and their bar heights in percent. */
    public record Bar(String tick, String from, long logins, long failures, int loginHeight, int failureHeight)
            implements Serializable {
        public String getTitle() {
            return from + " UTC: " + logins + " logins, " + failures + " failures";
        }
    }

    static LoginChart of(TimeBuckets buckets, List<Long> logins, List<Long> failures, String tickPattern) {
        DateTimeFormatter tick = DateTimeFormatter.ofPattern(tickPattern).withZone(ZoneOffset.UTC);
        DateTimeFormatter full = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
        long max = 0;
        for (int i = 0; i < buckets.count(); i++) {
            max = Math.max(max, Math.max(logins.get(i), failures.get(i)));
        }
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < buckets.count(); i++) {
            bars.add(new Bar(tick.format(buckets.start(i)), full.format(buckets.start(i)), logins.get(i), failures.get(i),
                    height(logins.get(i), max), height(failures.get(i), max)));
        }
        return new LoginChart(List.copyOf(bars), max);
    }

    /** In percent of {@code max}; a bucket with any count stays visible. */
    static int height(long value, long max) {
        if (value == 0 || max == 0) {
            return 0;
        }
        return (int) Math.max(2, Math.round(100.0 * value / max));
    }
}
