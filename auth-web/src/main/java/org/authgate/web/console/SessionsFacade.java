package org.authgate.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Session;
import org.authgate.core.session.SessionFilter;
import org.authgate.core.session.SessionId;
import org.authgate.core.session.SessionState;
import org.authgate.core.session.SessionSort;
import org.authgate.web.usecase.AdministerSessions;
import org.authgate.web.usecase.BrowseSessions;

/**
 * The sessions page and a session's detail page: paged, sorted search, one session with its audit
 * timeline ({@link BrowseSessions}), and revocation, one session or all of a user ({@link AdministerSessions}),
 * answered as rows.
 */
@ApplicationScoped
public class SessionsFacade {
    /** A session's timeline shows at most this many audit rows, newest first. */
    static final int TIMELINE_CAP = 100;

    @Inject
    BrowseSessions browse;

    @Inject
    AdministerSessions administer;

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
        return browse.search(filter, order, offset, limit).stream().map(SessionRow::of).toList();
    }

    /** Checks the criteria as a search would, so the page can say what is wrong before its table renders. */
    public void validate(SessionCriteria criteria) {
        filter(criteria);
    }

    public Count countSessions(SessionCriteria criteria) {
        SessionFilter filter = filter(criteria);
        return Count.of(browse.count(filter, Count.CAP));
    }

    /** @throws InvalidCriteria when {@code sessionId} is not a session id */
    public Optional<SessionDetail> detail(String sessionId) {
        SessionId id = CriteriaValues.session(sessionId);
        if (id == null) {
            throw new InvalidCriteria("session id: missing");
        }
        return browse.withTimeline(id, TIMELINE_CAP).map(t -> new SessionDetail(SessionRow.of(t.session()),
                t.records().stream().map(AuditFacade.AuditRow::of).toList(), t.capped()));
    }

    /** @return false when the session was not live any more */
    public boolean revokeSession(String sessionId, String actor, ClientInfo client) {
        return administer.revoke(SessionId.parse(sessionId), actor, client);
    }

    /**
     * Ends every live session of the user: the core's own "end all of a subject", one SESSION_REVOKED
     * record per ended session naming the administrator.
     *
     * @return how many ended
     */
    public int revokeAllOf(String subject, String actor, ClientInfo client) {
        return administer.endAllOf(CriteriaValues.subject(subject), actor, client);
    }

    /**
     * The live sessions of each account (by subject id), for the confirmations of the actions that end them (ban,
     * disable, revoke-all): counted when the page renders, each up to {@link Count#CAP}.
     */
    public Map<String, Count> liveSessions(Collection<String> subjects) {
        Map<String, Count> live = new LinkedHashMap<>();
        browse.liveCounts(subjects.stream().distinct().map(SubjectId::parse).toList(), Count.CAP + 1)
                .forEach((subject, counted) -> live.put(subject.toString(), Count.of(counted)));
        return live;
    }

    private static SessionFilter filter(SessionCriteria c) {
        CriteriaValues.requireOrdered(c.createdFrom(), c.createdTo());
        return new SessionFilter(CriteriaValues.tenant(c.tenant()), null, Blank.toNull(c.username()),
                CriteriaValues.connector(c.connector()), CriteriaValues.dialect(c.dialect()), Blank.toNull(c.clientId()),
                CriteriaValues.state(c.state()), c.createdFrom(), c.createdTo());
    }
}
