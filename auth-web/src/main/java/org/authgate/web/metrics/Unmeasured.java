package org.authgate.web.metrics;

import java.io.IOException;

/**
 * Requests this node sends itself to warm its JIT up before it reports ready ({@code web.warmup}): their token checks
 * must not show in the metrics an operator reads, or every start would add thousands of invalid checks. The flag is
 * the current thread's, set for exactly the duration of one request by the servlet filter that recognised it.
 */
public final class Unmeasured {
    private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

    /** Work of a request that may throw what a servlet filter throws. */
    @FunctionalInterface
    public interface Work<E extends Exception> {
        void run() throws IOException, E;
    }

    private Unmeasured() {
    }

    /** Runs {@code work} with nothing counted on this thread; the flag is gone afterwards, whatever happens. */
    public static <E extends Exception> void during(Work<E> work) throws IOException, E {
        ACTIVE.set(Boolean.TRUE);
        try {
            work.run();
        } finally {
            ACTIVE.remove();
        }
    }

    static boolean now() {
        return ACTIVE.get() != null;
    }
}
