package org.authgate.core.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.identity.Identity;
import org.authgate.core.token.AccessTokenFormat;

/**
 * Opens sessions: at login, or pending until a second factor activates them. Each public method is one
 * unit of work; the caller runs it in one transaction and audits the login itself.
 */
public final class SessionOpening {
    private final SessionMechanics m;

    public SessionOpening(SessionMechanics mechanics) {
        m = Objects.requireNonNull(mechanics);
    }

    /** The policy sessions are opened under, for lifetimes a caller must check or show before it opens one. */
    public SessionPolicy policy() {
        return m.policy;
    }

    /**
     * Opens a session for an authenticated identity (or a pending one waiting for its second factor)
     * and issues its tokens. The caller audits the login itself.
     */
    public IssuedSession open(Identity identity, OpenRequest request) {
        Instant now = m.clock.instant();
        Duration lifetime = m.policy.grantedLifetime(request.lifetime());
        AccessTokenFormat format = request.format() == null ? m.policy.defaultFormat() : request.format();
        boolean pending = request.pendingSecondFactor();
        Instant refreshableUntil = now.plus(m.policy.maxSessionLifetime());
        Instant expiresAt = pending ? now.plus(m.policy.secondFactorTimeout())
                : SessionMechanics.min(now.plus(lifetime), refreshableUntil);
        Session draft = Session.builder().id(SessionId.random()).tenant(identity.tenant())
                .connector(identity.connector()).subject(identity.subject()).username(identity.username())
                .roles(identity.roles()).dialect(request.dialect()).client(request.client()).tokenFormat(format)
                .createdAt(now).expiresAt(expiresAt).refreshableUntil(refreshableUntil).lastSeenAt(now)
                .lifetime(lifetime).refreshable(request.refreshable())
                .state(pending ? SessionState.PENDING_SECOND_FACTOR : SessionState.ACTIVE).build();
        // A pending session's token is a challenge: always opaque, never a JWT a resource server would accept.
        TokenIssuer.Minted access = pending
                ? m.tokens.mintAccess(draft, AccessTokenFormat.OPAQUE, now, expiresAt, request.extraClaims())
                : m.tokens.mintAccess(draft, format, now, expiresAt, request.extraClaims());
        Session session = draft.toBuilder().accessTokenHash(access.hash()).build();
        m.sessions.insert(session);
        String refresh = null;
        if (!pending && request.refreshable()) {
            refresh = m.issueRefreshToken(session, now);
        }
        return new IssuedSession(session, access.token(), refresh);
    }

    /** Turns a pending session into an active one after its second factor, with fresh tokens. */
    public IssuedSession activate(Session pending, Map<String, String> extraClaims) {
        Instant now = m.clock.instant();
        Instant expiresAt = SessionMechanics.min(now.plus(pending.lifetime()), pending.refreshableUntil());
        TokenIssuer.Minted access = m.tokens.mintAccess(pending, pending.tokenFormat(), now, expiresAt, extraClaims);
        Session active = pending.withAccessToken(access.hash(), expiresAt, now, Duration.ZERO, SessionState.ACTIVE);
        m.sessions.update(active);
        String refresh = active.refreshable() ? m.issueRefreshToken(active, now) : null;
        return new IssuedSession(active, access.token(), refresh);
    }

    /** Looks a pending second-factor challenge up, ending it when it timed out. */
    public Optional<Session> findPending(String challenge, Dialect dialect) {
        Optional<Session> found = m.tokens.hashOfOpaque(challenge).flatMap(m.sessions::findByAccessTokenHash)
                .filter(s -> s.state() == SessionState.PENDING_SECOND_FACTOR);
        if (found.isPresent() && !m.clock.instant().isBefore(found.get().expiresAt())) {
            m.end(found.get(), EndReason.SECOND_FACTOR_TIMEOUT, SessionState.EXPIRED, AuditEvent.SESSION_EXPIRED,
                    dialect, null, null);
            return Optional.empty();
        }
        return found;
    }
}
