package org.authgate.core.audit;

import java.time.Clock;
import java.util.UUID;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.identity.Identity;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.Session;
import org.authgate.core.session.SessionId;

/** Builds audit records with the clock's time and appends them: {@code trail.of(EVENT, ...).session(s).write()}. */
public final class AuditTrail {
    private final AuditLog log;
    private final Clock clock;

    public AuditTrail(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public Entry of(AuditEvent event, Outcome outcome, Dialect dialect) {
        return new Entry(event, outcome, dialect);
    }

    /** One record under construction. */
    public final class Entry {
        private final AuditEvent event;
        private final Outcome outcome;
        private final Dialect dialect;
        private TenantId tenant;
        private ConnectorId connector;
        private SubjectId subject;
        private String username;
        private SessionId session;
        private ClientInfo client;
        private String reason;
        private String actor;
        private String target;

        private Entry(AuditEvent event, Outcome outcome, Dialect dialect) {
            this.event = event;
            this.outcome = outcome;
            this.dialect = dialect;
        }

        /** Tenant, connector, subject, username and session id of {@code s}. */
        public Entry session(Session s) {
            tenant = s.tenant();
            connector = s.connector();
            subject = s.subject();
            username = s.username();
            session = s.id();
            return this;
        }

        public Entry identity(Identity i) {
            tenant = i.tenant();
            connector = i.connector();
            subject = i.subject();
            username = i.username();
            return this;
        }

        public Entry tenant(TenantId v) { tenant = v; return this; }
        public Entry connector(ConnectorId v) { connector = v; return this; }
        public Entry subject(SubjectId v) { subject = v; return this; }
        public Entry username(String v) { username = v; return this; }
        public Entry client(ClientInfo v) { client = v; return this; }
        public Entry reason(Object v) { reason = v == null ? null : v.toString(); return this; }
        public Entry actor(String v) { actor = v; return this; }
        public Entry target(String v) { target = v; return this; }

        public void write() {
            log.append(new AuditRecord(UUID.randomUUID(), clock.instant(), event, outcome, tenant, connector, dialect,
                    subject, username, session, client, reason, actor, target));
        }
    }
}
