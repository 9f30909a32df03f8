package org.authgate.core;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells "the database cannot be reached" apart from every other failure, by what any container and driver
 * puts in the cause chain, never by one server's API: so that a database outage is a 503 the client may
 * retry, not a bug (a 500) nor, inside a connector, a wrong password.
 *
 * <p>Recognised anywhere in the chain (causes, SQL next-exceptions and suppressed exceptions):
 * <ul>
 * <li>an {@link SQLException} of SQLState class {@code 08} (connection exception), {@code 57P01}..{@code 57P03}
 *     (the server is shutting down, crashed or not yet accepting connections), or one of JDBC's
 *     connection exception types;</li>
 * <li>a JPA provider's wrapper of a connection failure (Hibernate's {@code JDBCConnectionException}, by
 *     name);</li>
 * <li>the connection pool refusing to hand out a connection: a Jakarta Connectors
 *     {@code ResourceException} (WildFly/IronJacamar's "unable to get managed connection", Payara's pool
 *     wraps one too), by name, since auth-api sees only the JDK.</li>
 * </ul>
 */
public final class DatabaseOutage {
    private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");
    private static final Set<String> CONNECTION_FAILURE_TYPES = Set.of(
            "org.hibernate.exception.JDBCConnectionException",
            "jakarta.resource.ResourceException",
            "jakarta.resource.spi.ResourceAllocationException",
            "jakarta.resource.spi.RetryableUnavailableException");
    /** Enough for any real chain; a longer one is a cycle the JDK did not catch. */
    private static final int MAX_DEPTH = 64;

    private DatabaseOutage() {
    }

    /** Whether {@code failure} (or anything that caused it) says the database cannot be reached. */
    public static boolean isCauseOf(Throwable failure) {
        return search(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /**
     * Causes, SQL next-exceptions and suppressed exceptions: a commit that fails because the connection died throws
     * JTA's {@code RollbackException}, whose own cause is empty and whose reason is a suppressed exception (the
     * resource's failed local commit, caused by the driver's 57P01).
     */
    private static boolean search(Throwable t, Set<Throwable> seen) {
        if (t == null || seen.size() >= MAX_DEPTH || !seen.add(t)) {
            return false;
        }
        if (says(t)) {
            return true;
        }
        if (t instanceof SQLException sql && search(sql.getNextException(), seen)) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (search(suppressed, seen)) {
                return true;
            }
        }
        return search(t.getCause(), seen);
    }

    private static boolean says(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            if (state.startsWith("08") || SHUTDOWN_STATES.contains(state)) {
                return true;
            }
        }
        for (Class<?> c = t.getClass(); c != null && c != Throwable.class; c = c.getSuperclass()) {
            if (CONNECTION_FAILURE_TYPES.contains(c.getName())) {
                return true;
            }
        }
        return false;
    }
}
