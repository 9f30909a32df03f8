package org.authgate.core;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Searches everything that led to a failure: causes, SQL next-exceptions and suppressed exceptions. A transaction
 * that fails at commit throws JTA's {@code RollbackException}, whose own cause may be empty and whose reason is a
 * suppressed exception (the resource's failed commit, caused by the driver's error), and a batch carries its row's
 * error as a next-exception; a walk of causes alone would miss both.
 */
public final class Causes {
    /** Enough for any real graph of failures; more is a cycle the JDK did not catch. */
    private static final int MAX_SEEN = 64;

    private Causes() {
    }

    /** Whether {@code failure} or anything that led to it matches {@code test}. */
    public static boolean anyMatch(Throwable failure, Predicate<Throwable> test) {
        return search(failure, test, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean search(Throwable t, Predicate<Throwable> test, Set<Throwable> seen) {
        if (t == null || seen.size() >= MAX_SEEN || !seen.add(t)) {
            return false;
        }
        if (test.test(t)) {
            return true;
        }
        if (t instanceof SQLException sql && search(sql.getNextException(), test, seen)) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (search(suppressed, test, seen)) {
                return true;
            }
        }
        return search(t.getCause(), test, seen);
    }
}
