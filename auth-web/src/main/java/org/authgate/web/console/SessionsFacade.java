package org.authgate.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.authgate.core.audit.AuditFilter;
import org.authgate.core.audit.AuditQuery;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.EndReason;
import org.authgate.core.session.Session;
import org.authgate.core.session.SessionFilter;
import org.authgate.core.session.SessionId;
import org.authgate.core.session.SessionQuery;
import org.authgate.core.session.SessionSort;
import org.authgate.core.session.SessionState;
import org.authgate.core.session.SessionVerification;
import org.authgate.web.core.Gateway;

/**
 * The sessions page and a session's detail page: paged, sorted search, one session with its audit
 * timeline, and revocation (one session, or all of a user), each in one Gateway transaction, answered
 * as rows.
 */
@ApplicationScoped
public class SessionsFacade {
    /** A session's timeline shows at most this many audit rows, newest first. */
    static final int TIMELINE_CAP = 100;

    @Inject
    Gateway gateway;

    @Inject
    SessionQuery sessionQuery;

    @Inject
    AuditQuery auditQuery;

    @Inject
    SessionVerification sessions;

    public record SessionRow(String id, String subject, String tenant, String username, String connector,
                             String dialect, String clientId, String remoteAddress, String userAgent, String state,
                             String endReason, Instant createdAt, Instant expiresAt, Instant lastSeenAt,
                             Instant endedAt) {
        static SessionRow of(Session s) {
            return new SessionRow(s.id().toString(), s.subject().toString(), s.tenant().value(), s.username(),
                    s.connector().value(), s.dialect().value(), s.client().clientId(), s.client().remoteAddress(),
                    s.client().userAgent(), s.state().name(), s.endReason() == null ? null : s.endReason().name(),
                    s.createdAt(), s.expiresAt(), s.lastSeenAt(), s.endedAt());
        }

        public boolean isLive() {
            return SessionState.ACTIVE.name().equals(state) || SessionState.PENDING_SECOND_FACTOR.name().equals(state);
        }
    }

    /** A session and its newest audit rows; {@code timelineCapped}: there are older ones not shown. */
    public record SessionDetail(SessionRow session, List<AuditFacade.AuditRow> timeline, boolean timelineCapped) {
    }

    /** The sessions page's filters; blank means any; {@code createdTo} is exclusive. */
    public record SessionCriteria(String username, String tenant, String connector, String dialect, String clientId,
                                  String state, Instant createdFrom, Instant createdTo) {
    }

    public List<SessionRow> sessions(SessionCriteria criteria, TableSort sort, int offset, int limit) {
        SessionFilter filter = filter(criteria);
        SessionSort order = SessionSortFields.of(sort);
        return gateway.run(() -> sessionQuery.search(filter, order, offset, limit)).stream().map(SessionRow::of)
                .toList();
    }

    /** Checks the criteria as a search would, so the page can say what is wrong before its table renders. */
    public void validate(SessionCriteria criteria) {
        filter(criteria);
    }

    public Count countSessions(SessionCriteria criteria) {
        SessionFilter filter = filter(criteria);
        return Count.of(gateway.run(() -> sessionQuery.count(filter, Count.CAP)));
    }

    /** @throws InvalidCriteria when {@code sessionId} is not a session id */
    public Optional<SessionDetail> detail(String sessionId) {
        SessionId id = CriteriaValues.session(sessionId);
        if (id == null) {
            throw new InvalidCriteria("session id: missing");
        }
        return gateway.run(() -> sessions.find(id).map(session -> {
            List<AuditFacade.AuditRow> timeline = auditQuery.search(AuditFilter.ofSession(id), 0, TIMELINE_CAP + 1)
                    .stream().map(AuditFacade.AuditRow::of).toList();
            return new SessionDetail(SessionRow.of(session), timeline.subList(0, Math.min(TIMELINE_CAP, timeline.size())),
                    timeline.size() > TIMELINE_CAP);
        }));
    }

    /** @return false when the session was not live any more */
    public boolean revokeSession(String sessionId, String actor, ClientInfo client) {
        return gateway.revoke(SessionId.parse(sessionId), actor, client, Dialect.ADMIN);
    }

    /**
     * Ends every live session of the user: the core's own "end all of a subject", one SESSION_REVOKED
     * record per ended session naming the administrator.
     *
     * @return how many ended
     */
    public int revokeAllOf(String subject, String actor, ClientInfo client) {
        return gateway.endAllOf(CriteriaValues.subject(subject), null, EndReason.ADMIN_REVOKE, client, Dialect.ADMIN,
                actor);
    }

    private static SessionFilter filter(SessionCriteria c) {
        CriteriaValues.requireOrdered(c.createdFrom(), c.createdTo());
        return new SessionFilter(CriteriaValues.tenant(c.tenant()), null, Blank.toNull(c.username()),
                CriteriaValues.connector(c.connector()), CriteriaValues.dialect(c.dialect()), Blank.toNull(c.clientId()),
                CriteriaValues.state(c.state()), c.createdFrom(), c.createdTo());
    }
}
