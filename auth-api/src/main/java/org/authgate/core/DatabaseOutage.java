package org.authgate.core;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
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

    private DatabaseOutage() {
    }

    /** Whether {@code failure} (or anything that led to it, {@link Causes}) says the database cannot be reached. */
    public static boolean isCauseOf(Throwable failure) {
        return Causes.anyMatch(failure, DatabaseOutage::says);
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
