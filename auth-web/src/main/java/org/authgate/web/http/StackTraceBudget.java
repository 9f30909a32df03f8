package org.authgate.web.http;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * How often the server log gets a full stack trace: at most once per distinct cause per window (a minute in
 * production). A database outage fails every request the same way; one trace tells an operator all there
 * is, the thousands after it only fill the disk. The other incidents of the window still get their one line.
 *
 * <p>A cause is known by its key (the incident log uses the root cause's class and the frame that threw it).
 * The keys remembered are bounded: past {@link #MAX_KEYS}, the least recently traced one is forgotten, so a
 * flood of ever-different failures cannot grow the heap (it can only earn a trace each, still one line of
 * stack per incident at worst).
 */
public final class StackTraceBudget {
    static final int MAX_KEYS = 1024;

    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Long> lastTraced = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > MAX_KEYS;
        }
    };

    public StackTraceBudget(Duration window, LongSupplier nanoTime) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the window must be positive");
        }
        this.windowNanos = window.toNanos();
        this.nanoTime = nanoTime;
    }

    /** True when a trace for {@code cause} may be written now (and counts it as written). */
    public synchronized boolean allow(String cause) {
        long now = nanoTime.getAsLong();
        Long last = lastTraced.get(cause);
        if (last != null && now - last < windowNanos) {
            return false;
        }
        lastTraced.put(cause, now);
        return true;
    }
}
