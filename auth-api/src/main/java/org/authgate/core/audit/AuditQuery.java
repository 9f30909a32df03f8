package org.authgate.core.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.session.Dialect;

/** Port: read-only audit search, paged in the database, newest first. */
public interface AuditQuery {

    List<AuditRecord> search(AuditFilter filter, int offset, int limit);

    /**
     * The next {@code limit} matches after {@code after} (null: from the newest), in the order of
     * {@link #search}: keyset paging, for readers that walk the whole result (an export).
     */
    List<AuditRecord> searchAfter(AuditFilter filter, AuditCursor after, int limit);

    /** How many match, counting no further than {@code cap}. */
    long count(AuditFilter filter, long cap);

    /**
     * How many {@code event} records each dialect wrote since {@code from}: one grouped query over the
     * (event, at) index, so the admin dashboard's breakdown reads only the window it shows.
     */
    Map<Dialect, Long> countByDialect(AuditEvent event, Instant from);

    /** As {@link #countByDialect}, per connector; records that name no connector are left out. */
    Map<ConnectorId, Long> countByConnector(AuditEvent event, Instant from);

    /**
     * How many {@code event} records fall in each of {@code buckets}, grouped by the database over the
     * buckets' range only; one entry per bucket, in order, zero where there were none.
     */
    List<Long> countByBucket(AuditEvent event, TimeBuckets buckets);
}
