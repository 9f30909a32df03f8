package org.authgate.core.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.Outcome;

/**
 * Refreshes a session with its rotating refresh token: the presented token is spent, a new one issued, and a
 * spent token presented again revokes the session. One call is one unit of work, audited.
 */
public final class SessionRefresh {
    private final SessionMechanics m;

    public SessionRefresh(SessionMechanics mechanics) {
        m = Objects.requireNonNull(mechanics);
    }

    public RefreshOutcome refresh(String refreshToken, RefreshRequest request) {
        // Locked: of parallel refreshes of one token, one spends it and the others then read it spent (reuse).
        Optional<RefreshToken> found = m.tokens.hashOfRefreshToken(refreshToken)
                .flatMap(m.refreshTokens::findByHashForUpdate);
        if (found.isEmpty()) {
            RefreshRefusal.audit(m.audit, null, request, RefreshFailure.UNKNOWN);
            return new RefreshOutcome.Refused(RefreshOutcome.Why.UNKNOWN);
        }
        RefreshToken presented = found.get();
        Session session = m.sessions.findById(presented.session()).orElseThrow();
        Instant now = m.clock.instant();
        switch (presented.state()) {
            case USED -> {
                if (session.state().isEnded()) {
                    RefreshRefusal.audit(m.audit, session, request, RefreshFailure.ENDED);
                    return new RefreshOutcome.Refused(RefreshOutcome.Why.ENDED);
                }
                // OAuth 2.0 Security BCP 4.14: a spent refresh token came back, so one of its holders is
                // an attacker. Revoke the whole family; the legitimate client logs in again. The record is a
                // failure: the refresh it answers was refused.
                m.end(session, EndReason.REFRESH_REUSE, SessionState.REVOKED, AuditEvent.REFRESH_REUSE_DETECTED,
                        Outcome.FAILURE, request.dialect(), request.client(), null);
                return new RefreshOutcome.Refused(RefreshOutcome.Why.REUSED);
            }
            case REVOKED -> {
                if (session.state() == SessionState.EXPIRED) {
                    // Ended by the sweeper for its age: the client hears what it would have heard a moment before.
                    RefreshRefusal.audit(m.audit, session, request, RefreshFailure.EXPIRED);
                    return new RefreshOutcome.Refused(RefreshOutcome.Why.EXPIRED);
                }
                RefreshRefusal.audit(m.audit, session, request, RefreshFailure.REVOKED);
                return new RefreshOutcome.Refused(RefreshOutcome.Why.ENDED);
            }
            case ACTIVE -> {
                // handled below
            }
        }
        if (session.state() != SessionState.ACTIVE) {
            RefreshRefusal.audit(m.audit, session, request, RefreshFailure.ENDED);
            return new RefreshOutcome.Refused(RefreshOutcome.Why.ENDED);
        }
        if (session.isIdleAt(now, m.policy.idleTimeout())) {
            m.end(session, EndReason.IDLE_EXPIRY, SessionState.EXPIRED, AuditEvent.SESSION_EXPIRED, request.dialect(),
                    request.client(), null);
            return new RefreshOutcome.Refused(RefreshOutcome.Why.EXPIRED);
        }
        if (!now.isBefore(presented.expiresAt()) || !now.isBefore(session.refreshableUntil())) {
            m.end(session, EndReason.ABSOLUTE_EXPIRY, SessionState.EXPIRED, AuditEvent.SESSION_EXPIRED,
                    request.dialect(), request.client(), null);
            return new RefreshOutcome.Refused(RefreshOutcome.Why.EXPIRED);
        }
        Duration lifetime = request.lifetime() == null ? session.lifetime()
                : m.policy.grantedLifetime(request.lifetime());
        m.refreshTokens.update(presented.used(now));
        Instant expiresAt = SessionMechanics.min(now.plus(lifetime), session.refreshableUntil());
        // The refreshed session holds its owner's roles as they are now: a demoted user's refresh token must not
        // go on minting tokens with the roles of the login (for up to the refresh tokens' 30 days).
        Session current = session.withRoles(m.identityOf(session).roles());
        TokenIssuer.Minted access = m.tokens.mintAccess(current, session.tokenFormat(), now, expiresAt,
                request.extraClaims());
        Session refreshed = current.withAccessToken(access.hash(), expiresAt, now, m.policy.refreshGrace(),
                SessionState.ACTIVE);
        m.sessions.update(refreshed);
        String next = m.issueRefreshToken(refreshed, now);
        m.audit.of(AuditEvent.TOKEN_REFRESHED, Outcome.SUCCESS, request.dialect()).session(refreshed)
                .client(request.client()).write();
        return new RefreshOutcome.Refreshed(new IssuedSession(refreshed, access.token(), next));
    }
}
