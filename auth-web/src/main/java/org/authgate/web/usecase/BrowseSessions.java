package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.authgate.core.audit.AuditFilter;
import org.authgate.core.audit.AuditQuery;
import org.authgate.core.audit.AuditRecord;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.session.Session;
import org.authgate.core.session.SessionFilter;
import org.authgate.core.session.SessionId;
import org.authgate.core.session.SessionQuery;
import org.authgate.core.session.SessionState;
import org.authgate.core.session.SessionVerification;
import org.authgate.core.session.SessionSort;

/** An administrator looks at sessions: filtered, sorted and paged in the database, or one with its audit timeline. */
@ApplicationScoped
public class BrowseSessions {

    @Inject
    UnitOfWork work;

    @Inject
    SessionQuery query;

    @Inject
    SessionVerification sessions;

    @Inject
    AuditQuery audit;

    /** A session and its newest audit records; {@code capped}: there are older ones not given. */
    public record Timeline(Session session, List<AuditRecord> records, boolean capped) {
    }

    /** A page of matches and their count (up to {@code cap} + 1), read together. */
    public Counted<Session> page(SessionFilter filter, SessionSort sort, int offset, int limit, long cap) {
        return work.run(() -> new Counted<>(query.search(filter, sort, offset, limit), query.count(filter, cap)));
    }

    public List<Session> search(SessionFilter filter, SessionSort sort, int offset, int limit) {
        return work.run(() -> query.search(filter, sort, offset, limit));
    }

    public long count(SessionFilter filter, long cap) {
        return work.run(() -> query.count(filter, cap));
    }

    /**
     * How many live sessions each subject has: ACTIVE ones and those waiting for a second factor, the ones
     * ending all of a subject's sessions ends (ban, disable, revoke-all). Each state is counted up to {@code cap}
     * on the (subject, state) index, all in one transaction, so a confirmation can say what an action will end.
     */
    public Map<SubjectId, Long> liveCounts(Collection<SubjectId> subjects, long cap) {
        return work.run(() -> {
            Map<SubjectId, Long> counts = new LinkedHashMap<>();
            for (SubjectId subject : subjects) {
                counts.put(subject, query.count(inState(subject, SessionState.ACTIVE), cap)
                        + query.count(inState(subject, SessionState.PENDING_SECOND_FACTOR), cap));
            }
            return counts;
        });
    }

    private static SessionFilter inState(SubjectId subject, SessionState state) {
        return new SessionFilter(null, subject, null, null, null, null, state, null, null);
    }

    public Optional<Session> find(SessionId id) {
        return work.run(() -> sessions.find(id));
    }

    /** The session with at most {@code cap} of its audit records, newest first, read together. */
    public Optional<Timeline> withTimeline(SessionId id, int cap) {
        return work.run(() -> sessions.find(id).map(session -> {
            List<AuditRecord> records = audit.search(AuditFilter.ofSession(id), 0, cap + 1);
            return new Timeline(session, records.subList(0, Math.min(cap, records.size())), records.size() > cap);
        }));
    }
}
