package org.authgate.core.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditTrail;
import org.authgate.core.audit.Outcome;
import org.authgate.core.token.TokenHash;

/**
 * Renews the access token of a live session without a refresh token: the caller proves itself with
 * the current access token (Kuzzle's {@code auth:refreshToken}). The replaced token keeps working for
 * the policy's refresh grace, then is refused; the session never outlives its absolute end. One call
 * is one unit of work, audited as {@link AuditEvent#TOKEN_REFRESHED} or {@link AuditEvent#REFRESH_FAILED}.
 */
public final class AccessTokenRenewal {

    /** What a renewal ended in. */
    public sealed interface Outcome {
    }

    public record Renewed(IssuedSession issued) implements Outcome {
    }

    /** The token could not be renewed; {@code why} says whether it was unknown, expired or ended. */
    public record Refused(VerifyOutcome.Why why) implements Outcome {
    }

    private final SessionVerification sessions;
    private final SessionPolicy policy;
    private final SessionStore store;
    private final TokenIssuer tokens;
    private final AuditTrail audit;
    private final Clock clock;

    public AccessTokenRenewal(SessionVerification sessions, SessionPolicy policy, SessionStore store,
                              TokenIssuer tokens, AuditTrail audit, Clock clock) {
        this.sessions = sessions;
        this.policy = policy;
        this.store = store;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param lifetime    the new token's lifetime; null keeps the session's own
     * @param extraClaims JWT claims the dialect's clients expect
     * @throws org.authgate.core.InvalidRequest when the lifetime is refused, before any change
     */
    public Outcome renew(String accessToken, Duration lifetime, ClientInfo client, Dialect dialect,
                         Map<String, String> extraClaims) {
        VerifyOutcome verified = sessions.verify(accessToken, dialect);
        if (verified instanceof VerifyOutcome.Invalid invalid) {
            refused(null, client, dialect, RefreshFailure.of(invalid.why()));
            return new Refused(invalid.why());
        }
        // Re-read: verify may have just written last-seen, and the update below is version-checked.
        Session session = store.findById(((VerifyOutcome.Valid) verified).session().id()).orElseThrow();
        Optional<TokenHash> presented = tokens.hashOfAccessToken(accessToken);
        if (presented.isEmpty() || !presented.get().matches(session.accessTokenHash())) {
            // A token already replaced (still in its grace) cannot renew again: that would fork the session.
            refused(session, client, dialect, RefreshFailure.REPLACED);
            return new Refused(VerifyOutcome.Why.UNKNOWN);
        }
        Duration granted = lifetime == null ? session.lifetime() : policy.grantedLifetime(lifetime);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(granted);
        if (expiresAt.isAfter(session.refreshableUntil())) {
            expiresAt = session.refreshableUntil();
        }
        TokenIssuer.Minted access = tokens.mintAccess(session, session.tokenFormat(), now, expiresAt,
                extraClaims == null ? Map.of() : extraClaims);
        Session renewed = session.withAccessToken(access.hash(), expiresAt, now, policy.refreshGrace(),
                SessionState.ACTIVE);
        store.update(renewed);
        audit.of(AuditEvent.TOKEN_REFRESHED, org.authgate.core.audit.Outcome.SUCCESS, dialect).session(renewed)
                .client(client).write();
        return new Renewed(new IssuedSession(renewed, access.token(), null));
    }

    private void refused(Session session, ClientInfo client, Dialect dialect, RefreshFailure why) {
        AuditTrail.Entry entry = audit.of(AuditEvent.REFRESH_FAILED, org.authgate.core.audit.Outcome.FAILURE, dialect)
                .client(client).reason(why);
        if (session != null) {
            entry.session(session);
        }
        entry.write();
    }
}
