package org.authgate.core.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.authgate.core.session.Dialect;

/** Port: read-only audit search, paged in the database, newest first. */
public interface AuditQuery {

    List<AuditRecord> search(AuditFilter filter, int offset, int limit);

    /** How many match, counting no further than {@code cap}. */
    long count(AuditFilter filter, long cap);

    /**
     * How many {@code event} records each dialect wrote since {@code from}: one grouped query over the
     * (event, at) index, so the admin dashboard's breakdown reads only the window it shows.
     */
    Map<Dialect, Long> countByDialect(AuditEvent event, Instant from);
}
