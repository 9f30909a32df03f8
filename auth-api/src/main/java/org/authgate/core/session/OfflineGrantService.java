package org.authgate.core.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditTrail;
import org.authgate.core.audit.Outcome;
import org.authgate.core.identity.Identity;

/**
 * Refresh tokens that are not rotated: an "offline grant" as wazo-auth keeps it. Its clients (the Wazo
 * SDK) hold on to the refresh token of their login and present it again for every new access token, so
 * the rotating tokens of {@link SessionRefresh#refresh} would revoke them on their second refresh.
 *
 * <p>The grant is the refresh token of the login's session (the <em>anchor</em>), bound to the client id
 * of that login. Each refresh leaves the token active and opens a new, non-refreshable session for the
 * same user, as wazo-auth creates a new token per refresh. The grant ends when its anchor session ends
 * (logout, revocation, ban, password change revoke its refresh tokens), when the token or the anchor's
 * absolute lifetime expires, or when the client's grants are revoked ({@link #revokeClient}).
 * A refresh counts as activity of the anchor, so the grant does not idle out while it is in use.
 */
public final class OfflineGrantService {
    private final SessionOpening sessions;
    private final SessionVerification verification;
    private final SessionStore store;
    private final RefreshTokenStore refreshTokens;
    private final TokenIssuer tokens;
    private final AuditTrail audit;
    private final Clock clock;

    public OfflineGrantService(SessionOpening sessions, SessionVerification verification, SessionStore store,
                               RefreshTokenStore refreshTokens, TokenIssuer tokens, AuditTrail audit, Clock clock) {
        this.sessions = sessions;
        this.verification = verification;
        this.store = store;
        this.refreshTokens = refreshTokens;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A new access token (in a new session) for the holder of an offline grant. The refresh token of the
     * answer is null: the presented one stays valid. {@code clientId} must be the one the grant was
     * issued to; any mismatch reads as an unknown token.
     */
    public RefreshOutcome refresh(String refreshToken, String clientId, RefreshRequest request) {
        Objects.requireNonNull(request);
        // A bad lifetime is refused before any work.
        Duration lifetime = sessions.policy().grantedLifetime(request.lifetime());
        Optional<RefreshToken> found = tokens.hashOfRefreshToken(refreshToken).flatMap(refreshTokens::findByHash);
        Optional<Session> anchor = found.flatMap(t -> store.findById(t.session()))
                .filter(s -> clientId != null && clientId.equals(s.client().clientId()));
        if (anchor.isEmpty()) {
            RefreshRefusal.audit(audit, null, request, RefreshFailure.UNKNOWN);
            return new RefreshOutcome.Refused(RefreshOutcome.Why.UNKNOWN);
        }
        Session grant = anchor.get();
        Instant now = clock.instant();
        if (found.get().state() != RefreshToken.RefreshState.ACTIVE || grant.state() != SessionState.ACTIVE) {
            RefreshRefusal.audit(audit, grant, request, RefreshFailure.ENDED);
            return new RefreshOutcome.Refused(RefreshOutcome.Why.ENDED);
        }
        if (!now.isBefore(found.get().expiresAt()) || !now.isBefore(grant.refreshableUntil())) {
            RefreshRefusal.audit(audit, grant, request, RefreshFailure.EXPIRED);
            return new RefreshOutcome.Refused(RefreshOutcome.Why.EXPIRED);
        }
        // Only the grant's last-seen time moves: a touch, which the other nodes need not hear of.
        store.touch(grant.seenAt(now));
        Identity identity = verification.identityOf(grant);
        ClientInfo client = request.client().clientId() == null ? request.client().withClientId(clientId)
                : request.client();
        IssuedSession issued = sessions.open(identity, new OpenRequest(request.dialect(), client, lifetime,
                TokenGrant.ACCESS_ONLY, grant.tokenFormat(), request.extraClaims(), SessionState.ACTIVE));
        audit.of(AuditEvent.TOKEN_REFRESHED, Outcome.SUCCESS, request.dialect()).session(issued.session())
                .client(client).target(grant.id().toString()).write();
        return new RefreshOutcome.Refreshed(new IssuedSession(issued.session(), issued.accessToken(), null));
    }

    /**
     * Revokes the offline grants that the user of {@code accessToken} holds for {@code clientId}, leaving
     * every access token working. Empty when the access token is not valid; else how many grants ended.
     * Each revoked grant is audited as the logout of that client's refresh token.
     */
    public Optional<Integer> revokeClient(String accessToken, String clientId, ClientInfo client,
                                          org.authgate.core.session.Dialect dialect) {
        VerifyOutcome verified = verification.verify(accessToken, dialect);
        if (!(verified instanceof VerifyOutcome.Valid valid)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        int revoked = 0;
        for (Session s : store.findLiveBySubject(valid.session().subject())) {
            if (s.refreshable() && clientId != null && clientId.equals(s.client().clientId())
                    && refreshTokens.revokeAllOf(s.id(), now) > 0) {
                audit.of(AuditEvent.LOGGED_OUT, Outcome.SUCCESS, dialect).session(s).client(client)
                        .reason("REFRESH_TOKEN_REVOKED").write();
                revoked++;
            }
        }
        return Optional.of(revoked);
    }
}
