package org.authgate.core.session;

import java.time.Instant;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;

/** Criteria for listing sessions; every field is optional (null = any). */
public record SessionFilter(TenantId tenant, SubjectId subject, String username, ConnectorId connector,
                            Dialect dialect, String clientId, SessionState state, Instant createdFrom,
                            Instant createdTo) {

    public static final SessionFilter ANY = new SessionFilter(null, null, null, null, null, null, null, null, null);

    public static SessionFilter ofSubject(SubjectId subject) {
        return new SessionFilter(null, subject, null, null, null, null, null, null, null);
    }
}
