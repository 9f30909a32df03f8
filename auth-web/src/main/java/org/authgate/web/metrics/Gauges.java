package org.authgate.web.metrics;

import java.util.Optional;

/**
 * What is read at scrape time rather than counted as it happens.
 *
 * @param liveSessions sessions in state ACTIVE in the database, for the whole cluster (every node answers the same
 *                     number), capped at {@link #LIVE_SESSIONS_CAP}
 * @param hashing      the local connector's password-hashing pool in this JVM; absent when it is not enabled
 */
public record Gauges(long liveSessions, Optional<Hashing> hashing) {
    public static final long LIVE_SESSIONS_CAP = 10_000_000;

    /** @see org.authgate.core.connector.HashingPool.Load */
    public record Hashing(int capacity, int busy, int waiting) {
    }
}
