package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.Session;
import org.authgate.core.session.SessionFilter;
import org.authgate.core.session.SessionId;
import org.authgate.core.session.SessionQuery;
import org.authgate.core.session.SessionVerification;
import org.authgate.core.session.SessionEnding;
import org.authgate.core.session.SessionState;

/**
 * A caller looks at and ends the sessions of its own tenant (Wazo's session API), never another tenant's. Each call
 * is {@link CallerSession#actAsOwner}: the token verified, the owner's current identity, then {@code allowed} (the
 * platform's access rule, e.g. Wazo's ACL of the owner's roles as they are now), then the work, in one unit; a
 * refusal comes after the unit committed what the check found.
 */
@ApplicationScoped
public class TenantSessions {

    @Inject
    CallerSession callers;

    @Inject
    SessionVerification sessions;

    @Inject
    SessionEnding ending;

    @Inject
    SessionQuery query;

    /** One page of the tenant's active sessions and how many there are in all. */
    public record Page(long total, List<Session> items) {
    }

    /** The active sessions of the caller's tenant, {@code limit} from {@code offset}. */
    public Page active(String accessToken, Dialect dialect, Predicate<CallerSession.Owner> allowed, int offset,
                       int limit, Function<CallerSession.Refusal, ? extends RuntimeException> refuse) {
        return callers.actAsOwner(accessToken, dialect, allowed, owner -> {
            SessionFilter filter = new SessionFilter(owner.session().tenant(), null, null, null, null, null,
                    SessionState.ACTIVE, null, null);
            return new Page(query.count(filter, Long.MAX_VALUE), query.search(filter, offset, limit));
        }, refuse);
    }

    /**
     * The active sessions of one user of the caller's tenant; {@code whose} names the user given the caller's
     * session (a platform's {@code me}), empty for nobody.
     */
    public List<Session> activeOf(String accessToken, Dialect dialect, Predicate<CallerSession.Owner> allowed,
                                  Function<Session, Optional<SubjectId>> whose,
                                  Function<CallerSession.Refusal, ? extends RuntimeException> refuse) {
        return callers.actAsOwner(accessToken, dialect, allowed, owner -> whose.apply(owner.session())
                .map(sessions::liveSessionsOf).orElse(List.of()).stream()
                .filter(s -> s.state() == SessionState.ACTIVE && s.tenant().equals(owner.session().tenant()))
                .toList(), refuse);
    }

    /**
     * Ends the session {@code target} of the caller's tenant, audited with the caller's name as actor.
     *
     * @return false when there is no such live session in the tenant (or {@code target} is empty)
     */
    public boolean revoke(String accessToken, Dialect dialect, Predicate<CallerSession.Owner> allowed,
                          Optional<SessionId> target, ClientInfo client,
                          Function<CallerSession.Refusal, ? extends RuntimeException> refuse) {
        return revoke(accessToken, dialect, allowed, target, null, client, refuse);
    }

    /** Like {@link #revoke}, and only when the session is of the user {@code whose} names (empty: nobody's). */
    public boolean revokeOf(String accessToken, Dialect dialect, Predicate<CallerSession.Owner> allowed,
                            Function<Session, Optional<SubjectId>> whose, Optional<SessionId> target,
                            ClientInfo client, Function<CallerSession.Refusal, ? extends RuntimeException> refuse) {
        return revoke(accessToken, dialect, allowed, target, whose, client, refuse);
    }

    private boolean revoke(String accessToken, Dialect dialect, Predicate<CallerSession.Owner> allowed,
                           Optional<SessionId> target, Function<Session, Optional<SubjectId>> whose,
                           ClientInfo client, Function<CallerSession.Refusal, ? extends RuntimeException> refuse) {
        return callers.actAsOwner(accessToken, dialect, allowed, owner -> {
            Session caller = owner.session();
            Optional<SubjectId> subject = whose == null ? Optional.empty() : whose.apply(caller);
            if (whose != null && subject.isEmpty()) {
                return false;
            }
            return target.flatMap(sessions::find).filter(t -> t.tenant().equals(caller.tenant()))
                    .filter(t -> subject.isEmpty() || t.subject().equals(subject.get()))
                    .map(t -> ending.revoke(t.id(), caller.username(), client, dialect)).orElse(false);
        }, refuse);
    }
}
