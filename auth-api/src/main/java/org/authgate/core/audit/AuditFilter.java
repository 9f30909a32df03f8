package org.authgate.core.audit;

import java.time.Instant;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.SessionId;

/** Criteria for searching the audit trail; every field is optional (null = any); {@code to} is exclusive. */
public record AuditFilter(Instant from, Instant to, AuditEvent event, Outcome outcome, String username,
                          SubjectId subject, SessionId session, ConnectorId connector, Dialect dialect,
                          String remoteAddress, String actor) {

    public static final AuditFilter ANY = new AuditFilter(null, null, null, null, null, null, null, null, null, null, null);

    public static AuditFilter ofSession(SessionId session) {
        return new AuditFilter(null, null, null, null, null, null, session, null, null, null, null);
    }
}
