package org.authgate.web.console;

import java.io.Serializable;

/**
 * A count for a page that may have stopped at {@link #CAP} ({@code capped}: there are at least that many):
 * the console never counts a whole table.
 */
public record Count(long value, boolean capped) implements Serializable {
    public static final long CAP = 10_000;

    /** @param counted a count taken with a limit of {@link #CAP} + 1 (or less) */
    static Count of(long counted) {
        return new Count(Math.min(counted, CAP), counted > CAP);
    }

    @Override
    public String toString() {
        return capped ? value + "+" : Long.toString(value);
    }
}
