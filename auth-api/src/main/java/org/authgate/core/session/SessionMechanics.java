package org.authgate.core.session;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditTrail;
import org.authgate.core.audit.Outcome;
import org.authgate.core.connector.Connector;
import org.authgate.core.connector.Connectors;
import org.authgate.core.connector.IdentityLookup;
import org.authgate.core.identity.Identity;
import org.authgate.core.token.TokenHash;

/**
 * What {@link SessionOpening}, {@link SessionVerification}, {@link SessionRefresh} and {@link SessionEnding}
 * share: their stores and policy, ending a session with its record, issuing a refresh token, the owner's current
 * identity, the token check. One copy, so that a session ends the same way whichever use ends it; the wiring
 * makes one and hands it to the four, and only they (this package) can use it.
 */
public final class SessionMechanics {
    final SessionStore sessions;
    final RefreshTokenStore refreshTokens;
    final TokenIssuer tokens;
    final AuditTrail audit;
    final Connectors connectors;
    final SessionPolicy policy;
    final Clock clock;

    public SessionMechanics(SessionStore sessions, RefreshTokenStore refreshTokens, TokenIssuer tokens,
                            AuditTrail audit, Connectors connectors, SessionPolicy policy, Clock clock) {
        this.sessions = sessions;
        this.refreshTokens = refreshTokens;
        this.tokens = tokens;
        this.audit = audit;
        this.connectors = connectors;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Who the session's user is now: the connector's current answer, or the login-time snapshot for a connector that
     * cannot look users up. A subject the connector looks up but no longer knows (a deleted account) holds no role:
     * authorisation reads roles from here, and must not fall back to the ones of the login.
     */
    Identity identityOf(Session session) {
        Optional<Connector> connector = connectors.find(session.connector());
        Set<String> roles = session.roles();
        if (connector.isPresent() && connector.get() instanceof IdentityLookup lookup) {
            Optional<Identity> current = lookup.findIdentity(session.subject());
            if (current.isPresent()) {
                return current.get();
            }
            roles = Set.of();
        }
        return Identity.of(session.subject(), session.tenant(), session.connector(), session.username()).roles(roles)
                .createdAt(session.createdAt()).build();
    }

    void end(Session session, EndReason reason, SessionState state, AuditEvent event, Dialect dialect,
             ClientInfo client, String actor) {
        end(session, reason, state, event, Outcome.SUCCESS, dialect, client, actor);
    }

    void end(Session session, EndReason reason, SessionState state, AuditEvent event, Outcome outcome,
             Dialect dialect, ClientInfo client, String actor) {
        Instant now = clock.instant();
        // The refresh tokens' rows before the session's, in the order a refresh locks them (its spent token, then
        // the session): a logout racing a refresh that took them the other way round was a deadlock.
        refreshTokens.revokeAllOf(session.id(), now);
        sessions.update(session.ended(reason, state, now));
        audit.of(event, outcome, dialect).session(session).client(client != null ? client : session.client())
                .reason(reason).actor(actor).write();
    }

    /** The store finds a session by its current or previous token; the previous one only counts within its grace. */
    static boolean isCurrentOrInGrace(Session session, TokenHash presented, Instant now) {
        if (presented.matches(session.accessTokenHash())) {
            return true;
        }
        return presented.matches(session.previousAccessTokenHash()) && session.previousAccessTokenValidUntil() != null
                && now.isBefore(session.previousAccessTokenValidUntil());
    }

    String issueRefreshToken(Session session, Instant now) {
        TokenIssuer.Minted refresh = tokens.mintRefresh();
        Instant expiresAt = min(now.plus(policy.refreshTokenLifetime()), session.refreshableUntil());
        refreshTokens.insert(RefreshToken.issue(session.id(), refresh.hash(), now, expiresAt));
        return refresh.token();
    }

    static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
