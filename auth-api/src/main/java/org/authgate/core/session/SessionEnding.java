package org.authgate.core.session;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.token.TokenHash;

/**
 * Ends sessions: logout, an administrator's revocation, the end of all of a user's sessions, and the sweep of
 * sessions that are over. Each public method is one unit of work; each ended session gets its audit record in
 * the same transaction. {@code actor} is the name of whoever ended it, null when the owner did.
 */
public final class SessionEnding {
    private final SessionMechanics m;

    public SessionEnding(SessionMechanics mechanics) {
        m = Objects.requireNonNull(mechanics);
    }

    /**
     * Ends the session of an access token; false when it was not live. A token that verify would call
     * unknown (one replaced by a refresh, past its grace) cannot end the session either.
     */
    public boolean logout(String accessToken, ClientInfo client, Dialect dialect) {
        Instant now = m.clock.instant();
        Optional<TokenHash> hash = m.tokens.hashOfAccessToken(accessToken);
        Optional<Session> session = hash.flatMap(m.sessions::findByAccessTokenHash)
                .filter(s -> !s.state().isEnded())
                .filter(s -> SessionMechanics.isCurrentOrInGrace(s, hash.get(), now));
        session.ifPresent(s -> m.end(s, EndReason.LOGOUT, SessionState.LOGGED_OUT, AuditEvent.LOGGED_OUT, dialect,
                client, null));
        return session.isPresent();
    }

    /** Ends the session a refresh token belongs to (OneEntry logs out by refresh token). */
    public boolean logoutByRefreshToken(String refreshToken, ClientInfo client, Dialect dialect) {
        Optional<Session> session = m.tokens.hashOfRefreshToken(refreshToken).flatMap(m.refreshTokens::findByHash)
                .filter(t -> t.state() == RefreshToken.RefreshState.ACTIVE)
                .flatMap(t -> m.sessions.findById(t.session())).filter(s -> !s.state().isEnded());
        session.ifPresent(s -> m.end(s, EndReason.LOGOUT, SessionState.LOGGED_OUT, AuditEvent.LOGGED_OUT, dialect,
                client, null));
        return session.isPresent();
    }

    /** Ends every live session of a subject except {@code keep}; returns how many ended. */
    public int endAllOf(SubjectId subject, SessionId keep, EndReason reason, ClientInfo client, Dialect dialect,
                        String actor) {
        int ended = 0;
        for (Session s : m.sessions.findLiveBySubject(subject)) {
            if (!s.id().equals(keep)) {
                m.end(s, reason, reason == EndReason.ADMIN_REVOKE ? SessionState.REVOKED : SessionState.LOGGED_OUT,
                        reason == EndReason.ADMIN_REVOKE ? AuditEvent.SESSION_REVOKED : AuditEvent.LOGGED_OUT,
                        dialect, client, actor);
                ended++;
            }
        }
        return ended;
    }

    /** An admin ends one session; false when it was not live. */
    public boolean revoke(SessionId id, String actor, ClientInfo client, Dialect dialect) {
        Optional<Session> session = m.sessions.findById(id).filter(s -> !s.state().isEnded());
        session.ifPresent(s -> m.end(s, EndReason.ADMIN_REVOKE, SessionState.REVOKED, AuditEvent.SESSION_REVOKED,
                dialect, client, actor));
        return session.isPresent();
    }

    /**
     * Ends up to {@code limit} sessions that are over but were not touched since (a token nobody presents
     * again is never checked), each with its SESSION_EXPIRED record, so that what is live in the store is what
     * is live. The reason is the one a token check would have found.
     *
     * @return how many were ended; fewer than {@code limit} means none is left
     */
    public int expireDue(int limit) {
        Instant now = m.clock.instant();
        List<Session> due = m.sessions.findDue(now, now.minus(m.policy.idleTimeout()), limit);
        for (Session session : due) {
            EndReason reason;
            if (session.state() == SessionState.PENDING_SECOND_FACTOR) {
                reason = EndReason.SECOND_FACTOR_TIMEOUT;
            } else if (session.isIdleAt(now, m.policy.idleTimeout())) {
                reason = EndReason.IDLE_EXPIRY;
            } else {
                reason = EndReason.ABSOLUTE_EXPIRY;
            }
            m.end(session, reason, SessionState.EXPIRED, AuditEvent.SESSION_EXPIRED, session.dialect(), null, null);
        }
        return due.size();
    }
}
