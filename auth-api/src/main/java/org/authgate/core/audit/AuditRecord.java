package org.authgate.core.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.SessionId;

/**
 * One audit row. Nullable fields are those an event may not know (a failed login has no session, an
 * unknown user no subject).
 *
 * @param username the username the user is known by, or the one attempted when unknown
 * @param reason   a short machine-readable cause ({@code BAD_CREDENTIALS}, {@code ADMIN_REVOKE}...)
 * @param actor    who acted when not the user themself (an admin's username)
 * @param target   what an admin action was done to (an account or session id)
 */
public record AuditRecord(
        UUID id,
        Instant at,
        AuditEvent event,
        Outcome outcome,
        TenantId tenant,
        ConnectorId connector,
        Dialect dialect,
        SubjectId subject,
        String username,
        SessionId session,
        ClientInfo client,
        String reason,
        String actor,
        String target) {

    public AuditRecord {
        Objects.requireNonNull(id);
        Objects.requireNonNull(at);
        Objects.requireNonNull(event);
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(dialect);
        client = client == null ? ClientInfo.NONE : client;
    }
}
