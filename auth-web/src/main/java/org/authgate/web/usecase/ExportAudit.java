package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Consumer;
import org.authgate.core.audit.AuditCursor;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditFilter;
import org.authgate.core.audit.AuditQuery;
import org.authgate.core.audit.AuditRecord;
import org.authgate.core.audit.AuditTrail;
import org.authgate.core.audit.Outcome;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;

/** An administrator exports the audit records matching a filter, all of them, however many there are. */
@ApplicationScoped
public class ExportAudit {
    /** The reason of the ADMIN_ACTION record an export writes. */
    public static final String REASON = "AUDIT_EXPORT";
    /** Records an export reads per unit of work. */
    public static final int CHUNK = 500;

    @Inject
    UnitOfWork work;

    @Inject
    AuditQuery query;

    @Inject
    AuditTrail trail;

    /**
     * Writes the export's ADMIN_ACTION record (naming the filter as {@code described}) before any record leaves: an
     * export that fails half way was still an export. Then hands every matching record, newest first, to {@code sink}
     * in chunks read by keyset (one short unit of work each), so neither the server nor the database holds the whole
     * result.
     */
    public void export(AuditFilter filter, String described, String actor, ClientInfo client,
                       Consumer<List<AuditRecord>> sink) {
        work.run(() -> {
            trail.of(AuditEvent.ADMIN_ACTION, Outcome.SUCCESS, Dialect.ADMIN).actor(actor)
                    .reason(REASON).target(described).client(client).write();
            return null;
        });
        AuditCursor after = null;
        List<AuditRecord> chunk;
        do {
            AuditCursor from = after;
            chunk = work.run(() -> query.searchAfter(filter, from, CHUNK));
            if (!chunk.isEmpty()) {
                sink.accept(chunk);
                after = AuditCursor.of(chunk.get(chunk.size() - 1));
            }
        } while (chunk.size() == CHUNK);
    }
}
