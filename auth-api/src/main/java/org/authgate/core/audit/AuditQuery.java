package org.authgate.core.audit;

import java.util.List;

/** Port: read-only audit search, paged in the database, newest first. */
public interface AuditQuery {

    List<AuditRecord> search(AuditFilter filter, int offset, int limit);

    /** How many match, counting no further than {@code cap}. */
    long count(AuditFilter filter, long cap);
}
