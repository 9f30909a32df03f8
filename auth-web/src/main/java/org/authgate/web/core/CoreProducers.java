package org.authgate.web.core;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.authgate.core.audit.AuditLog;
import org.authgate.core.audit.AuditTrail;
import org.authgate.core.connector.Connectors;
import org.authgate.core.lockout.ThrottleStore;
import org.authgate.core.login.LoginRateLimit;
import org.authgate.core.login.LoginService;
import org.authgate.core.login.PasswordChangeService;
import org.authgate.core.login.PasswordConfirmation;
import org.authgate.core.session.AccessTokenRenewal;
import org.authgate.core.session.OfflineGrantService;
import org.authgate.core.session.RefreshTokenStore;
import org.authgate.core.session.SessionEnding;
import org.authgate.core.session.SessionMechanics;
import org.authgate.core.session.SessionOpening;
import org.authgate.core.session.SessionRefresh;
import org.authgate.core.session.SessionStore;
import org.authgate.core.session.SessionVerification;
import org.authgate.core.session.TokenIssuer;
import org.authgate.core.token.JwtCodec;
import org.authgate.core.token.TokenGenerator;

/**
 * Builds the core's plain-Java services from CDI beans. The services hold no per-request state, so
 * one instance each serves all requests; the transaction around each call comes from
 * {@link org.authgate.web.usecase.UnitOfWork}.
 */
@ApplicationScoped
public class CoreProducers {

    /**
     * Singleton pseudo-scope: no proxy around {@link Clock}; tests replace it with an alternative. It
     * ticks in microseconds, PostgreSQL's precision, so an instant handed to a client right after a
     * write is the one a later read gives back.
     */
    @Produces
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    @Produces
    @Singleton
    TokenGenerator tokenGenerator() {
        return new TokenGenerator(new SecureRandom());
    }

    @Produces
    @Singleton
    AuditTrail auditTrail(AuditLog log, Clock clock) {
        return new AuditTrail(log, clock);
    }

    @Produces
    @Singleton
    TokenIssuer tokenIssuer(TokenGenerator generator, JwtCodec jwt) {
        return new TokenIssuer(generator, jwt);
    }

    @Produces
    @Singleton
    SessionMechanics sessionMechanics(SessionStore sessions, RefreshTokenStore refreshTokens, TokenIssuer tokens,
                                      AuditTrail audit, Connectors connectors, CoreSettings settings, Clock clock) {
        return new SessionMechanics(sessions, refreshTokens, tokens, audit, connectors, settings.sessionPolicy(),
                clock);
    }

    @Produces
    @Singleton
    SessionOpening sessionOpening(SessionMechanics mechanics) {
        return new SessionOpening(mechanics);
    }

    @Produces
    @Singleton
    SessionVerification sessionVerification(SessionMechanics mechanics) {
        return new SessionVerification(mechanics);
    }

    @Produces
    @Singleton
    SessionRefresh sessionRefresh(SessionMechanics mechanics) {
        return new SessionRefresh(mechanics);
    }

    @Produces
    @Singleton
    SessionEnding sessionEnding(SessionMechanics mechanics) {
        return new SessionEnding(mechanics);
    }

    @Produces
    @Singleton
    LoginService loginService(Connectors connectors, SessionOpening sessions, SessionVerification verification,
                              ThrottleStore throttles, AuditTrail audit, CoreSettings settings, Clock clock,
                              BoundedConnectorCalls calls) {
        return new LoginService(connectors, sessions, verification, throttles, settings.accountLockout(),
                settings.addressLockout(), audit, clock, calls);
    }

    @Produces
    @Singleton
    PasswordChangeService passwordChangeService(Connectors connectors, SessionEnding sessions,
                                                ThrottleStore throttles, AuditTrail audit, CoreSettings settings,
                                                Clock clock) {
        return new PasswordChangeService(connectors, sessions, throttles, settings.accountLockout(), audit, clock);
    }

    @Produces
    @Singleton
    PasswordConfirmation passwordConfirmation(Connectors connectors, ThrottleStore throttles, AuditTrail audit,
                                              CoreSettings settings, Clock clock) {
        return new PasswordConfirmation(connectors, throttles, settings.accountLockout(), audit, clock);
    }

    @Produces
    @Singleton
    AccessTokenRenewal accessTokenRenewal(SessionVerification sessions, SessionStore store, TokenIssuer tokens,
                                          AuditTrail audit, CoreSettings settings, Clock clock) {
        return new AccessTokenRenewal(sessions, settings.sessionPolicy(), store, tokens, audit, clock);
    }

    @Produces
    @Singleton
    LoginRateLimit loginRateLimit(ThrottleStore throttles, AuditTrail audit, Clock clock) {
        return new LoginRateLimit(throttles, audit, clock);
    }

    @Produces
    @Singleton
    OfflineGrantService offlineGrantService(SessionOpening sessions, SessionVerification verification,
                                            SessionStore store, RefreshTokenStore refreshTokens, TokenIssuer tokens,
                                            AuditTrail audit, Clock clock) {
        return new OfflineGrantService(sessions, verification, store, refreshTokens, tokens, audit, clock);
    }
}
