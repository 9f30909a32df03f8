package org.authgate.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.authgate.core.audit.AuditCursor;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditFilter;
import org.authgate.core.audit.AuditQuery;
import org.authgate.core.audit.AuditRecord;
import org.authgate.core.audit.AuditTrail;
import org.authgate.core.audit.Outcome;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.web.core.Gateway;

/** The audit page and its CSV export: paged, filtered reads of the audit trail, answered as rows. */
@ApplicationScoped
public class AuditFacade {
    /** The reason of the ADMIN_ACTION record an export writes. */
    static final String EXPORT_REASON = "AUDIT_EXPORT";
    /** Rows an export reads per transaction. */
    static final int EXPORT_CHUNK = 500;

    @Inject
    Gateway gateway;

    @Inject
    AuditQuery auditQuery;

    @Inject
    AuditTrail auditTrail;

    public record AuditRow(String id, Instant at, String event, String outcome, String tenant, String connector,
                           String dialect, String username, String sessionId, String clientId, String remoteAddress,
                           String userAgent, String reason, String actor, String target) {
        static AuditRow of(AuditRecord r) {
            return new AuditRow(r.id().toString(), r.at(), r.event().name(), r.outcome().name(),
                    r.tenant() == null ? null : r.tenant().value(),
                    r.connector() == null ? null : r.connector().value(), r.dialect().value(), r.username(),
                    r.session() == null ? null : r.session().toString(), r.client().clientId(),
                    r.client().remoteAddress(), r.client().userAgent(), r.reason(), r.actor(), r.target());
        }
    }

    /** The audit page's filters; blank means any; {@code to} is exclusive. */
    public record AuditCriteria(String event, String outcome, String username, String actor, String dialect,
                                String connector, String address, Instant from, Instant to) {

        /** The filters in force, by the names the export's URL gives them, in a stable order; blanks left out. */
        public Map<String, String> values() {
            Map<String, String> values = new LinkedHashMap<>();
            put(values, "event", event);
            put(values, "outcome", outcome);
            put(values, "username", username);
            put(values, "actor", actor);
            put(values, "dialect", dialect);
            put(values, "connector", connector);
            put(values, "address", address);
            put(values, "from", from == null ? null : from.toString());
            put(values, "to", to == null ? null : to.toString());
            return values;
        }

        /** As the export's audit record names them: {@code event=LOGIN_FAILED address=10.0.0.1}, or {@code all}. */
        public String describe() {
            Map<String, String> values = values();
            return values.isEmpty() ? "all" : values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(" "));
        }

        private static void put(Map<String, String> values, String name, String value) {
            if (Blank.toNull(value) != null) {
                values.put(name, value.strip());
            }
        }
    }

    public List<AuditRow> audit(AuditCriteria criteria, int offset, int limit) {
        AuditFilter filter = filter(criteria);
        return gateway.run(() -> auditQuery.search(filter, offset, limit)).stream().map(AuditRow::of).toList();
    }

    public Count countAudit(AuditCriteria criteria) {
        AuditFilter filter = filter(criteria);
        return Count.of(gateway.run(() -> auditQuery.count(filter, Count.CAP)));
    }

    /**
     * Checks the criteria as a search or {@link #export} would, so the page can say what is wrong before its
     * table renders, and the export before it answers anything.
     */
    public void validate(AuditCriteria criteria) {
        filter(criteria);
    }

    /**
     * Writes the ADMIN_ACTION record of an export before any row leaves: an export that fails half way was
     * still an export.
     */
    public void recordExport(AuditCriteria criteria, String actor, ClientInfo client) {
        gateway.run(() -> {
            auditTrail.of(AuditEvent.ADMIN_ACTION, Outcome.SUCCESS, Dialect.ADMIN).actor(actor)
                    .reason(EXPORT_REASON).target(criteria.describe()).client(client).write();
            return null;
        });
    }

    /**
     * Hands every matching row, newest first, to {@code sink} in chunks read by keyset (one short
     * transaction each), so neither the server nor the database holds the whole result.
     */
    public void export(AuditCriteria criteria, Consumer<List<AuditRow>> sink) {
        AuditFilter filter = filter(criteria);
        AuditCursor after = null;
        List<AuditRecord> chunk;
        do {
            AuditCursor from = after;
            chunk = gateway.run(() -> auditQuery.searchAfter(filter, from, EXPORT_CHUNK));
            if (!chunk.isEmpty()) {
                sink.accept(chunk.stream().map(AuditRow::of).toList());
                after = AuditCursor.of(chunk.get(chunk.size() - 1));
            }
        } while (chunk.size() == EXPORT_CHUNK);
    }

    private static AuditFilter filter(AuditCriteria c) {
        CriteriaValues.requireOrdered(c.from(), c.to());
        return new AuditFilter(c.from(), c.to(), CriteriaValues.event(c.event()), CriteriaValues.outcome(c.outcome()),
                Blank.toNull(c.username()), null, null, CriteriaValues.connector(c.connector()),
                CriteriaValues.dialect(c.dialect()), Blank.toNull(c.address()), Blank.toNull(c.actor()));
    }
}
