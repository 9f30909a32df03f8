package org.authgate.core.session;

import java.util.List;

/** Port: read-only session search for administrators, paged in the database. */
public interface SessionQuery {

    /** One page, newest first. */
    default List<Session> search(SessionFilter filter, int offset, int limit) {
        return search(filter, SessionSort.NEWEST_FIRST, offset, limit);
    }

    /** One page in the given order. */
    List<Session> search(SessionFilter filter, SessionSort sort, int offset, int limit);

    /** How many match, counting no further than {@code cap} so a count never scans a huge table. */
    long count(SessionFilter filter, long cap);
}
