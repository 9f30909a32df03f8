package org.authgate.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.authgate.core.audit.AuditFilter;
import org.authgate.core.audit.AuditRecord;
import org.authgate.core.session.ClientInfo;
import org.authgate.web.usecase.BrowseAudit;
import org.authgate.web.usecase.ExportAudit;

/** The audit page and its CSV export: paged, filtered reads of the audit trail, answered as rows. */
@ApplicationScoped
public class AuditFacade {
    /** Rows an export reads per transaction. */
    static final int EXPORT_CHUNK = ExportAudit.CHUNK;

    @Inject
    BrowseAudit browse;

    @Inject
    ExportAudit exports;

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
        return browse.search(filter, offset, limit).stream().map(AuditRow::of).toList();
    }

    public Count countAudit(AuditCriteria criteria) {
        AuditFilter filter = filter(criteria);
        return Count.of(browse.count(filter, Count.CAP));
    }

    /**
     * Checks the criteria as a search or {@link #export} would, so the page can say what is wrong before its
     * table renders, and the export before it answers anything.
     */
    public void validate(AuditCriteria criteria) {
        filter(criteria);
    }

    /**
     * Writes the ADMIN_ACTION record of the export (naming the administrator and the filters), then hands every
     * matching row, newest first, to {@code sink} in chunks as {@link ExportAudit} reads them.
     */
    public void export(AuditCriteria criteria, String actor, ClientInfo client, Consumer<List<AuditRow>> sink) {
        exports.export(filter(criteria), criteria.describe(), actor, client,
                chunk -> sink.accept(chunk.stream().map(AuditRow::of).toList()));
    }

    private static AuditFilter filter(AuditCriteria c) {
        CriteriaValues.requireOrdered(c.from(), c.to());
        return new AuditFilter(c.from(), c.to(), CriteriaValues.event(c.event()), CriteriaValues.outcome(c.outcome()),
                Blank.toNull(c.username()), null, null, CriteriaValues.connector(c.connector()),
                CriteriaValues.dialect(c.dialect()), Blank.toNull(c.address()), Blank.toNull(c.actor()));
    }
}
