package org.authgate.web.bench;

import java.util.Arrays;

/**
 * One measured phase: successful requests per second over the measuring window, and the latency percentiles of the
 * successful requests (nearest-rank over every recorded request, not an estimate).
 *
 * @param firstError       status and start of the body of the first failed request, or null: a run with errors
 *                         says why
 * @param serverCpuMicros  CPU the server(s) spent per successful request in the window (NaN when not measured)
 * @param databaseCpuMicros the same for PostgreSQL
 */
record PhaseResult(String name, int connections, double seconds, long ok, long errors, double rate, double p50Millis,
                   double p99Millis, String firstError, double serverCpuMicros, double databaseCpuMicros) {

    /** {@code serverCpuNanos} and {@code databaseCpuNanos}: CPU time over the window, negative when not measured. */
    static PhaseResult of(String name, int connections, double seconds, long[] okNanos, long errors, String firstError,
                          long serverCpuNanos, long databaseCpuNanos) {
        long[] sorted = okNanos.clone();
        Arrays.sort(sorted);
        return new PhaseResult(name, connections, seconds, sorted.length, errors, sorted.length / seconds,
                percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6, firstError,
                perRequest(serverCpuNanos, sorted.length), perRequest(databaseCpuNanos, sorted.length));
    }

    private static double perRequest(long cpuNanos, int requests) {
        return cpuNanos < 0 || requests == 0 ? Double.NaN : cpuNanos / 1e3 / requests;
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
