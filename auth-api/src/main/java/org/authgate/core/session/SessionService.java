package org.authgate.core.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.authgate.core.InvalidRequest;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditTrail;
import org.authgate.core.audit.Outcome;
import org.authgate.core.connector.Connector;
import org.authgate.core.connector.Connectors;
import org.authgate.core.connector.IdentityLookup;
import org.authgate.core.identity.Identity;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.token.AccessTokenFormat;
import org.authgate.core.token.TokenHash;

/**
 * Everything that happens to a session after login: verify, refresh, logout, revoke, expiry. Each
 * public method is one unit of work; the caller runs it in one transaction, so a state change and its
 * audit record commit together.
 */
public final class SessionService {
    private final SessionStore sessions;
    private final RefreshTokenStore refreshTokens;
    private final TokenIssuer tokens;
    private final AuditTrail audit;
    private final Connectors connectors;
    private final SessionPolicy policy;
    private final Clock clock;

    public SessionService(SessionStore sessions, RefreshTokenStore refreshTokens, TokenIssuer tokens,
                          AuditTrail audit, Connectors connectors, SessionPolicy policy, Clock clock) {
        this.sessions = sessions;
        this.refreshTokens = refreshTokens;
        this.tokens = tokens;
        this.audit = audit;
        this.connectors = connectors;
        this.policy = policy;
        this.clock = clock;
    }

    public SessionPolicy policy() {
        return policy;
    }

    /** The access-token lifetime to grant: the default when none is asked, the request when allowed. */
    public Duration grantedLifetime(Duration requested) {
        if (requested == null) {
            return policy.defaultLifetime();
        }
        if (requested.isZero() || requested.isNegative()) {
            throw new InvalidRequest(InvalidRequest.Kind.INVALID_LIFETIME, "the requested lifetime must be positive");
        }
        if (requested.compareTo(policy.maxLifetime()) > 0) {
            throw new InvalidRequest(InvalidRequest.Kind.LIFETIME_TOO_LONG,
                    "the requested lifetime exceeds the maximum of " + policy.maxLifetime().toSeconds() + " seconds");
        }
        return requested;
    }

    /**
     * Opens a session for an authenticated identity (or a pending one waiting for its second factor)
     * and issues its tokens. The caller audits the login itself.
     */
    public IssuedSession open(Identity identity, OpenRequest request) {
        Instant now = clock.instant();
        Duration lifetime = grantedLifetime(request.lifetime());
        AccessTokenFormat format = request.format() == null ? policy.defaultFormat() : request.format();
        boolean pending = request.pendingSecondFactor();
        Instant refreshableUntil = now.plus(policy.maxSessionLifetime());
        Instant expiresAt = pending ? now.plus(policy.secondFactorTimeout()) : min(now.plus(lifetime), refreshableUntil);
        Session draft = new Session(SessionId.random(), identity.tenant(), identity.connector(), identity.subject(),
                identity.username(), identity.roles(), request.dialect(), request.client(), format, null, null, null,
                now, expiresAt, refreshableUntil, now, lifetime, request.refreshable(),
                pending ? SessionState.PENDING_SECOND_FACTOR : SessionState.ACTIVE, null, null, 0);
        // A pending session's token is a challenge: always opaque, never a JWT a resource server would accept.
        TokenIssuer.Minted access = pending
                ? tokens.mintAccess(draft, AccessTokenFormat.OPAQUE, now, expiresAt, request.extraClaims())
                : tokens.mintAccess(draft, format, now, expiresAt, request.extraClaims());
        Session session = withHash(draft, access.hash());
        sessions.insert(session);
        String refresh = null;
        if (!pending && request.refreshable()) {
            refresh = issueRefreshToken(session, now);
        }
        return new IssuedSession(session, access.token(), refresh);
    }

    /** Turns a pending session into an active one after its second factor, with fresh tokens. */
    public IssuedSession activate(Session pending, java.util.Map<String, String> extraClaims) {
        Instant now = clock.instant();
        Instant expiresAt = min(now.plus(pending.lifetime()), pending.refreshableUntil());
        TokenIssuer.Minted access = tokens.mintAccess(pending, pending.tokenFormat(), now, expiresAt, extraClaims);
        Session active = pending.withAccessToken(access.hash(), expiresAt, now, Duration.ZERO, SessionState.ACTIVE);
        sessions.update(active);
        String refresh = active.refreshable() ? issueRefreshToken(active, now) : null;
        return new IssuedSession(active, access.token(), refresh);
    }

    /** Looks a pending second-factor challenge up, ending it when it timed out. */
    public Optional<Session> findPending(String challenge, Dialect dialect) {
        Optional<Session> found = tokens.hashOfOpaque(challenge).flatMap(sessions::findByAccessTokenHash)
                .filter(s -> s.state() == SessionState.PENDING_SECOND_FACTOR);
        if (found.isPresent() && !clock.instant().isBefore(found.get().expiresAt())) {
            end(found.get(), EndReason.SECOND_FACTOR_TIMEOUT, SessionState.EXPIRED, AuditEvent.SESSION_EXPIRED,
                    dialect, null, null);
            return Optional.empty();
        }
        return found;
    }

    public VerifyOutcome verify(String accessToken, Dialect dialect) {
        Optional<TokenHash> hash = tokens.hashOfAccessToken(accessToken);
        Optional<Session> found = hash.flatMap(sessions::findByAccessTokenHash);
        if (found.isEmpty()) {
            return new VerifyOutcome.Invalid(VerifyOutcome.Why.UNKNOWN);
        }
        Session session = found.get();
        Instant now = clock.instant();
        return switch (judge(session, hash.get(), now)) {
            case VALID -> new VerifyOutcome.Valid(session, hash.get());
            case VALID_TOUCH_DUE -> {
                Session seen = session.seenAt(now);
                sessions.touch(seen);
                yield new VerifyOutcome.Valid(seen, hash.get());
            }
            case UNKNOWN -> new VerifyOutcome.Invalid(VerifyOutcome.Why.UNKNOWN);
            // A session the sweeper ended for its age reads as expired, as if this check had found it so.
            case ENDED_EXPIRED, TOKEN_EXPIRED -> new VerifyOutcome.Invalid(VerifyOutcome.Why.EXPIRED);
            case ENDED -> new VerifyOutcome.Invalid(VerifyOutcome.Why.ENDED);
            case IDLE -> {
                end(session, EndReason.IDLE_EXPIRY, SessionState.EXPIRED, AuditEvent.SESSION_EXPIRED, dialect, null,
                        null);
                yield new VerifyOutcome.Invalid(VerifyOutcome.Why.EXPIRED);
            }
            case OVER -> {
                end(session, EndReason.ABSOLUTE_EXPIRY, SessionState.EXPIRED, AuditEvent.SESSION_EXPIRED, dialect,
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
        return judge(remembered, presented, clock.instant()) == Judgement.VALID
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
        if (!isCurrentOrInGrace(session, presented, now)) {
            return Judgement.UNKNOWN;
        }
        if (session.isIdleAt(now, policy.idleTimeout())) {
            return Judgement.IDLE;
        }
        if (!now.isBefore(session.expiresAt())) {
            // A refreshable session outlives its access token: only the token is expired.
            return !session.refreshable() || !now.isBefore(session.refreshableUntil()) ? Judgement.OVER
                    : Judgement.TOKEN_EXPIRED;
        }
        return now.isBefore(session.lastSeenAt().plus(policy.touchInterval())) ? Judgement.VALID
                : Judgement.VALID_TOUCH_DUE;
    }

    public RefreshOutcome refresh(String refreshToken, RefreshRequest request) {
        // Locked: of parallel refreshes of one token, one spends it and the others then read it spent (reuse).
        Optional<RefreshToken> found = tokens.hashOfRefreshToken(refreshToken)
                .flatMap(refreshTokens::findByHashForUpdate);
        if (found.isEmpty()) {
            RefreshRefusal.audit(audit, null, request, "UNKNOWN");
            return new RefreshOutcome.Refused(RefreshOutcome.Why.UNKNOWN);
        }
        RefreshToken presented = found.get();
        Session session = sessions.findById(presented.session()).orElseThrow();
        Instant now = clock.instant();
        switch (presented.state()) {
            case USED -> {
                if (session.state().isEnded()) {
                    RefreshRefusal.audit(audit, session, request, "ENDED");
                    return new RefreshOutcome.Refused(RefreshOutcome.Why.ENDED);
                }
                // OAuth 2.0 Security BCP 4.14: a spent refresh token came back, so one of its holders is
                // an attacker. Revoke the whole family; the legitimate client logs in again. The record is a
                // failure: the refresh it answers was refused.
                end(session, EndReason.REFRESH_REUSE, SessionState.REVOKED, AuditEvent.REFRESH_REUSE_DETECTED,
                        Outcome.FAILURE, request.dialect(), request.client(), null);
                return new RefreshOutcome.Refused(RefreshOutcome.Why.REUSED);
            }
            case REVOKED -> {
                if (session.state() == SessionState.EXPIRED) {
                    // Ended by the sweeper for its age: the client hears what it would have heard a moment before.
                    RefreshRefusal.audit(audit, session, request, "EXPIRED");
                    return new RefreshOutcome.Refused(RefreshOutcome.Why.EXPIRED);
                }
                RefreshRefusal.audit(audit, session, request, "REVOKED");
                return new RefreshOutcome.Refused(RefreshOutcome.Why.ENDED);
            }
            case ACTIVE -> {
                // handled below
            }
        }
        if (session.state() != SessionState.ACTIVE) {
            RefreshRefusal.audit(audit, session, request, "ENDED");
            return new RefreshOutcome.Refused(RefreshOutcome.Why.ENDED);
        }
        if (session.isIdleAt(now, policy.idleTimeout())) {
            end(session, EndReason.IDLE_EXPIRY, SessionState.EXPIRED, AuditEvent.SESSION_EXPIRED, request.dialect(),
                    request.client(), null);
            return new RefreshOutcome.Refused(RefreshOutcome.Why.EXPIRED);
        }
        if (!now.isBefore(presented.expiresAt()) || !now.isBefore(session.refreshableUntil())) {
            end(session, EndReason.ABSOLUTE_EXPIRY, SessionState.EXPIRED, AuditEvent.SESSION_EXPIRED,
                    request.dialect(), request.client(), null);
            return new RefreshOutcome.Refused(RefreshOutcome.Why.EXPIRED);
        }
        Duration lifetime = request.lifetime() == null ? session.lifetime() : grantedLifetime(request.lifetime());
        refreshTokens.update(presented.used(now));
        Instant expiresAt = min(now.plus(lifetime), session.refreshableUntil());
        // The refreshed session holds its owner's roles as they are now: a demoted user's refresh token must not
        // go on minting tokens with the roles of the login (for up to the refresh tokens' 30 days).
        Session current = session.withRoles(identityOf(session).roles());
        TokenIssuer.Minted access = tokens.mintAccess(current, session.tokenFormat(), now, expiresAt,
                request.extraClaims());
        Session refreshed = current.withAccessToken(access.hash(), expiresAt, now, policy.refreshGrace(),
                SessionState.ACTIVE);
        sessions.update(refreshed);
        String next = issueRefreshToken(refreshed, now);
        audit.of(AuditEvent.TOKEN_REFRESHED, Outcome.SUCCESS, request.dialect()).session(refreshed)
                .client(request.client()).write();
        return new RefreshOutcome.Refreshed(new IssuedSession(refreshed, access.token(), next));
    }

    /**
     * Ends the session of an access token; false when it was not live. A token that verify would call
     * unknown (one replaced by a refresh, past its grace) cannot end the session either.
     */
    public boolean logout(String accessToken, ClientInfo client, Dialect dialect) {
        Instant now = clock.instant();
        Optional<TokenHash> hash = tokens.hashOfAccessToken(accessToken);
        Optional<Session> session = hash.flatMap(sessions::findByAccessTokenHash)
                .filter(s -> !s.state().isEnded())
                .filter(s -> isCurrentOrInGrace(s, hash.get(), now));
        session.ifPresent(s -> end(s, EndReason.LOGOUT, SessionState.LOGGED_OUT, AuditEvent.LOGGED_OUT, dialect,
                client, null));
        return session.isPresent();
    }

    /** Ends the session a refresh token belongs to (OneEntry logs out by refresh token). */
    public boolean logoutByRefreshToken(String refreshToken, ClientInfo client, Dialect dialect) {
        Optional<Session> session = tokens.hashOfRefreshToken(refreshToken).flatMap(refreshTokens::findByHash)
                .filter(t -> t.state() == RefreshToken.RefreshState.ACTIVE)
                .flatMap(t -> sessions.findById(t.session())).filter(s -> !s.state().isEnded());
        session.ifPresent(s -> end(s, EndReason.LOGOUT, SessionState.LOGGED_OUT, AuditEvent.LOGGED_OUT, dialect,
                client, null));
        return session.isPresent();
    }

    /** Ends every live session of a subject except {@code keep}; returns how many ended. */
    public int endAllOf(SubjectId subject, SessionId keep, EndReason reason, ClientInfo client, Dialect dialect,
                        String actor) {
        int ended = 0;
        for (Session s : sessions.findLiveBySubject(subject)) {
            if (!s.id().equals(keep)) {
                end(s, reason, reason == EndReason.ADMIN_REVOKE ? SessionState.REVOKED : SessionState.LOGGED_OUT,
                        reason == EndReason.ADMIN_REVOKE ? AuditEvent.SESSION_REVOKED : AuditEvent.LOGGED_OUT,
                        dialect, client, actor);
                ended++;
            }
        }
        return ended;
    }

    /** An admin ends one session; false when it was not live. */
    public boolean revoke(SessionId id, String actor, ClientInfo client, Dialect dialect) {
        Optional<Session> session = sessions.findById(id).filter(s -> !s.state().isEnded());
        session.ifPresent(s -> end(s, EndReason.ADMIN_REVOKE, SessionState.REVOKED, AuditEvent.SESSION_REVOKED,
                dialect, client, actor));
        return session.isPresent();
    }

    public Optional<Session> find(SessionId id) {
        return sessions.findById(id);
    }

    public List<Session> liveSessionsOf(SubjectId subject) {
        return sessions.findLiveBySubject(subject);
    }

    /**
     * Who the session's user is now: the connector's current answer, or the login-time snapshot for a connector that
     * cannot look users up. A subject the connector looks up but no longer knows (a deleted account) holds no role:
     * authorisation reads roles from here, and must not fall back to the ones of the login.
     */
    public Identity identityOf(Session session) {
        Optional<Connector> connector = connectors.find(session.connector());
        Set<String> roles = session.roles();
        if (connector.isPresent() && connector.get() instanceof IdentityLookup lookup) {
            Optional<Identity> current = lookup.findIdentity(session.subject());
            if (current.isPresent()) {
                return current.get();
            }
            roles = Set.of();
        }
        return new Identity(session.subject(), session.tenant(), session.connector(), session.username(), null, false,
                null, null, roles, false, null, session.createdAt(), null);
    }

    /**
     * Ends up to {@code limit} sessions that are over but were not touched since (a token nobody presents
     * again is never checked), each with its SESSION_EXPIRED record, so that what is live in the store is what
     * is live. The reason is the one a token check would have found.
     *
     * @return how many were ended; fewer than {@code limit} means none is left
     */
    public int expireDue(int limit) {
        Instant now = clock.instant();
        List<Session> due = sessions.findDue(now, now.minus(policy.idleTimeout()), limit);
        for (Session session : due) {
            EndReason reason;
            if (session.state() == SessionState.PENDING_SECOND_FACTOR) {
                reason = EndReason.SECOND_FACTOR_TIMEOUT;
            } else if (session.isIdleAt(now, policy.idleTimeout())) {
                reason = EndReason.IDLE_EXPIRY;
            } else {
                reason = EndReason.ABSOLUTE_EXPIRY;
            }
            end(session, reason, SessionState.EXPIRED, AuditEvent.SESSION_EXPIRED, session.dialect(), null, null);
        }
        return due.size();
    }

    private void end(Session session, EndReason reason, SessionState state, AuditEvent event, Dialect dialect,
                     ClientInfo client, String actor) {
        end(session, reason, state, event, Outcome.SUCCESS, dialect, client, actor);
    }

    private void end(Session session, EndReason reason, SessionState state, AuditEvent event, Outcome outcome,
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
    private static boolean isCurrentOrInGrace(Session session, TokenHash presented, Instant now) {
        if (presented.matches(session.accessTokenHash())) {
            return true;
        }
        return presented.matches(session.previousAccessTokenHash()) && session.previousAccessTokenValidUntil() != null
                && now.isBefore(session.previousAccessTokenValidUntil());
    }

    private String issueRefreshToken(Session session, Instant now) {
        TokenIssuer.Minted refresh = tokens.mintRefresh();
        Instant expiresAt = min(now.plus(policy.refreshTokenLifetime()), session.refreshableUntil());
        refreshTokens.insert(RefreshToken.issue(session.id(), refresh.hash(), now, expiresAt));
        return refresh.token();
    }

    private static Session withHash(Session s, TokenHash hash) {
        return new Session(s.id(), s.tenant(), s.connector(), s.subject(), s.username(), s.roles(), s.dialect(),
                s.client(), s.tokenFormat(), hash, null, null, s.createdAt(), s.expiresAt(), s.refreshableUntil(),
                s.lastSeenAt(), s.lifetime(), s.refreshable(), s.state(), null, null, s.version());
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
