package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.authgate.core.audit.AuditFilter;
import org.authgate.core.audit.AuditQuery;
import org.authgate.core.audit.AuditRecord;

/** An administrator reads the audit trail, newest first, filtered and paged in the database. */
@ApplicationScoped
public class BrowseAudit {

    @Inject
    UnitOfWork work;

    @Inject
    AuditQuery query;

    /** A page of matches and their count (up to {@code cap} + 1), read together. */
    public Counted<AuditRecord> page(AuditFilter filter, int offset, int limit, long cap) {
        return work.run(() -> new Counted<>(query.search(filter, offset, limit), query.count(filter, cap)));
    }

    public List<AuditRecord> search(AuditFilter filter, int offset, int limit) {
        return work.run(() -> query.search(filter, offset, limit));
    }

    public long count(AuditFilter filter, long cap) {
        return work.run(() -> query.count(filter, cap));
    }
}
