package org.authgate.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.Session;
import org.authgate.core.session.SessionFilter;
import org.authgate.core.session.SessionId;
import org.authgate.core.session.SessionQuery;
import org.authgate.core.session.SessionState;
import org.authgate.web.core.Gateway;

/** The sessions page: paged search and revocation, each in one Gateway transaction, answered as rows. */
@ApplicationScoped
public class SessionsFacade {
    @Inject
    Gateway gateway;

    @Inject
    SessionQuery sessionQuery;

    public record SessionRow(String id, String tenant, String username, String connector, String dialect,
                             String clientId, String remoteAddress, String state, String endReason, Instant createdAt,
                             Instant expiresAt, Instant lastSeenAt) {
        static SessionRow of(Session s) {
            return new SessionRow(s.id().toString(), s.tenant().value(), s.username(), s.connector().value(),
                    s.dialect().value(), s.client().clientId(), s.client().remoteAddress(), s.state().name(),
                    s.endReason() == null ? null : s.endReason().name(), s.createdAt(), s.expiresAt(),
                    s.lastSeenAt());
        }

        public boolean isLive() {
            return SessionState.ACTIVE.name().equals(state) || SessionState.PENDING_SECOND_FACTOR.name().equals(state);
        }
    }

    /** The sessions page's filters; blank means any. */
    public record SessionCriteria(String username, String dialect, String state, String clientId) {
    }

    public List<SessionRow> sessions(SessionCriteria criteria, int offset, int limit) {
        SessionFilter filter = filter(criteria);
        return gateway.run(() -> sessionQuery.search(filter, offset, limit)).stream().map(SessionRow::of).toList();
    }

    public Count countSessions(SessionCriteria criteria) {
        SessionFilter filter = filter(criteria);
        return Count.of(gateway.run(() -> sessionQuery.count(filter, Count.CAP)));
    }

    /** @return false when the session was not live any more */
    public boolean revokeSession(String sessionId, String actor, ClientInfo client) {
        return gateway.revoke(SessionId.parse(sessionId), actor, client, Dialect.ADMIN);
    }

    private static SessionFilter filter(SessionCriteria c) {
        return new SessionFilter(null, null, Blank.toNull(c.username()), null,
                Blank.toNull(c.dialect()) == null ? null : new Dialect(c.dialect().strip()),
                Blank.toNull(c.clientId()),
                Blank.toNull(c.state()) == null ? null : SessionState.valueOf(c.state()), null, null);
    }
}
