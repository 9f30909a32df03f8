package org.authgate.core.session;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.identity.Identity;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.token.TokenHash;

/**
 * Checks access tokens and reads sessions and their owners. {@link #verify} is one unit of work: it may
 * record the last-seen time or end an idle or expired session, with its audit record, in the caller's
 * transaction.
 */
public final class SessionVerification {
    private final SessionMechanics m;

    public SessionVerification(SessionMechanics mechanics) {
        m = Objects.requireNonNull(mechanics);
    }

    public VerifyOutcome verify(String accessToken, Dialect dialect) {
        Optional<TokenHash> hash = m.tokens.hashOfAccessToken(accessToken);
        Optional<Session> found = hash.flatMap(m.sessions::findByAccessTokenHash);
        if (found.isEmpty()) {
            return new VerifyOutcome.Invalid(VerifyOutcome.Why.UNKNOWN);
        }
        Session session = found.get();
        Instant now = m.clock.instant();
        return switch (judge(session, hash.get(), now)) {
            case VALID -> new VerifyOutcome.Valid(session, hash.get());
            case VALID_TOUCH_DUE -> {
                Session seen = session.seenAt(now);
                m.sessions.touch(seen);
                yield new VerifyOutcome.Valid(seen, hash.get());
            }
            case UNKNOWN -> new VerifyOutcome.Invalid(VerifyOutcome.Why.UNKNOWN);
            // A session the sweeper ended for its age reads as expired, as if this check had found it so.
            case ENDED_EXPIRED, TOKEN_EXPIRED -> new VerifyOutcome.Invalid(VerifyOutcome.Why.EXPIRED);
            case ENDED -> new VerifyOutcome.Invalid(VerifyOutcome.Why.ENDED);
            case IDLE -> {
                m.end(session, EndReason.IDLE_EXPIRY, SessionState.EXPIRED, AuditEvent.SESSION_EXPIRED, dialect, null,
                        null);
                yield new VerifyOutcome.Invalid(VerifyOutcome.Why.EXPIRED);
            }
            case OVER -> {
                m.end(session, EndReason.ABSOLUTE_EXPIRY, SessionState.EXPIRED, AuditEvent.SESSION_EXPIRED, dialect,
                        null, null);
                yield new VerifyOutcome.Invalid(VerifyOutcome.Why.EXPIRED);
            }
        };
    }

    /**
     * The check of a session a node remembers from an earlier {@link #verify} (see {@link VerifiedSessions}):
     * valid only when {@link #verify} would answer valid without writing anything. Anything else (an idle
     * session to end, a last-seen time to move, an expiry) is for {@link #verify} in a transaction, on fresh rows.
     */
    public Optional<VerifyOutcome.Valid> validWithoutWriting(Session remembered, TokenHash presented) {
        return judge(remembered, presented, m.clock.instant()) == Judgement.VALID
                ? Optional.of(new VerifyOutcome.Valid(remembered, presented))
                : Optional.empty();
    }

    /** What a token check finds, before it writes anything. */
    private enum Judgement { VALID, VALID_TOUCH_DUE, UNKNOWN, ENDED, ENDED_EXPIRED, IDLE, OVER, TOKEN_EXPIRED }

    private Judgement judge(Session session, TokenHash presented, Instant now) {
        if (session.state() == SessionState.PENDING_SECOND_FACTOR) {
            return Judgement.UNKNOWN;
        }
        if (session.state().isEnded()) {
            return session.state() == SessionState.EXPIRED ? Judgement.ENDED_EXPIRED : Judgement.ENDED;
        }
        if (!SessionMechanics.isCurrentOrInGrace(session, presented, now)) {
            return Judgement.UNKNOWN;
        }
        if (session.isIdleAt(now, m.policy.idleTimeout())) {
            return Judgement.IDLE;
        }
        if (!now.isBefore(session.expiresAt())) {
            // A refreshable session outlives its access token: only the token is expired.
            return !session.refreshable() || !now.isBefore(session.refreshableUntil()) ? Judgement.OVER
                    : Judgement.TOKEN_EXPIRED;
        }
        return now.isBefore(session.lastSeenAt().plus(m.policy.touchInterval())) ? Judgement.VALID
                : Judgement.VALID_TOUCH_DUE;
    }

    /**
     * Who the session's user is now: the connector's current answer, or the login-time snapshot for a connector that
     * cannot look users up; a deleted account holds no role.
     */
    public Identity identityOf(Session session) {
        return m.identityOf(session);
    }

    public Optional<Session> find(SessionId id) {
        return m.sessions.findById(id);
    }

    public List<Session> liveSessionsOf(SubjectId subject) {
        return m.sessions.findLiveBySubject(subject);
    }
}
