package org.authgate.core.session;

import java.util.List;

/** Port: read-only session search for administrators, paged in the database, newest first. */
public interface SessionQuery {

    List<Session> search(SessionFilter filter, int offset, int limit);

    /** How many match, counting no further than {@code cap} so a count never scans a huge table. */
    long count(SessionFilter filter, long cap);
}
