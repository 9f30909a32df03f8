package org.authgate.core.login;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.authgate.core.DatabaseOutage;
import org.authgate.core.InvalidRequest;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditTrail;
import org.authgate.core.audit.Outcome;
import org.authgate.core.connector.AuthenticationResult;
import org.authgate.core.connector.Connector;
import org.authgate.core.connector.ConnectorCalls;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.connector.ConnectorUnavailable;
import org.authgate.core.connector.Connectors;
import org.authgate.core.connector.Credentials;
import org.authgate.core.connector.InProcess;
import org.authgate.core.connector.RejectionReason;
import org.authgate.core.connector.SecondFactorVerifier;
import org.authgate.core.identity.Identity;
import org.authgate.core.lockout.LockoutPolicy;
import org.authgate.core.lockout.Throttle;
import org.authgate.core.lockout.ThrottleKey;
import org.authgate.core.lockout.ThrottleStore;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.IssuedSession;
import org.authgate.core.session.Session;
import org.authgate.core.session.SessionOpening;
import org.authgate.core.session.SessionState;
import org.authgate.core.session.SessionVerification;

/**
 * The login use case. One call is one unit of work: the throttle counters, the session and the audit
 * records it writes commit together, and a refused login commits its audit record and counters too.
 */
public final class LoginService {
    private static final Logger LOG = Logger.getLogger(LoginService.class.getName());

    private final Connectors connectors;
    private final SessionOpening sessions;
    private final SessionVerification verification;
    private final ThrottleStore throttles;
    private final LockoutPolicy accountPolicy;
    private final LockoutPolicy addressPolicy;
    private final AuditTrail audit;
    private final Clock clock;
    private final ConnectorCalls calls;

    public LoginService(Connectors connectors, SessionOpening sessions, SessionVerification verification,
                        ThrottleStore throttles, LockoutPolicy accountPolicy, LockoutPolicy addressPolicy,
                        AuditTrail audit, Clock clock) {
        this(connectors, sessions, verification, throttles, accountPolicy, addressPolicy, audit, clock,
                ConnectorCalls.direct());
    }

    /** @param calls how connectors are asked: the server bounds each call in time and number */
    public LoginService(Connectors connectors, SessionOpening sessions, SessionVerification verification,
                        ThrottleStore throttles, LockoutPolicy accountPolicy, LockoutPolicy addressPolicy,
                        AuditTrail audit, Clock clock, ConnectorCalls calls) {
        this.calls = calls;
        this.connectors = connectors;
        this.sessions = sessions;
        this.verification = verification;
        this.throttles = throttles;
        this.accountPolicy = accountPolicy;
        this.addressPolicy = addressPolicy;
        this.audit = audit;
        this.clock = clock;
    }

    public LoginOutcome login(LoginRequest request) {
        return login(request, Optional.empty());
    }

    /**
     * The login, with the connector's answer when it was asked ahead, outside this unit of work
     * ({@link #asksAhead}, {@link #askConnector}). A lockout found now still wins over that answer.
     */
    public LoginOutcome login(LoginRequest request, Optional<AuthenticationResult> answered) {
        Connector connector = connector(request.connector());
        sessions.policy().grantedLifetime(request.lifetime()); // refuse a bad lifetime before any work or audit
        Credentials credentials = request.credentials();
        Instant now = clock.instant();
        ThrottleKey accountKey = ThrottleKey.account(credentials.tenant(), connector.id(), credentials.login());
        Optional<ThrottleKey> addressKey = Optional.ofNullable(request.client().remoteAddress()).map(ThrottleKey::address);

        if (isLocked(accountKey, addressKey, now)) {
            failureEntry(request, AuditEvent.LOCKED_OUT, RejectionReason.LOCKED).write();
            return refused(LoginOutcome.Refusal.INVALID_CREDENTIALS, Optional.empty());
        }

        AuthenticationResult result = answered.orElseGet(() -> authenticate(connector, credentials));
        if (result instanceof AuthenticationResult.SecondFactorRequired sf) {
            result = secondFactor(connector, sf.identity(), credentials);
        }
        if (result instanceof AuthenticationResult.Authenticated ok) {
            throttles.clear(accountKey);
            IssuedSession issued = sessions.open(ok.identity(), request.toOpenRequest(SessionState.ACTIVE));
            audit.of(AuditEvent.LOGIN_SUCCEEDED, Outcome.SUCCESS, request.dialect()).session(issued.session())
                    .client(request.client()).write();
            return new LoginOutcome.LoggedIn(issued, ok.identity());
        }
        if (result instanceof AuthenticationResult.SecondFactorRequired sf) {
            IssuedSession pending = sessions.open(sf.identity(),
                    request.toOpenRequest(SessionState.PENDING_SECOND_FACTOR));
            audit.of(AuditEvent.SECOND_FACTOR_REQUIRED, Outcome.SUCCESS, request.dialect())
                    .session(pending.session()).client(request.client()).write();
            return new LoginOutcome.SecondFactorPending(pending.accessToken(), pending.session().expiresAt(),
                    sf.identity());
        }
        return reject(request, accountKey, addressKey, (AuthenticationResult.Rejected) result, now);
    }

    /**
     * Whether the connector of this login is best asked ahead of the login's unit of work: one with a remote backend
     * (not {@link InProcess}), so that waiting for it holds no transaction and no database connection. The caller
     * then checks {@link #isLockedOut} (a read), asks {@link #askConnector} outside any transaction, and hands the
     * answer to {@link #login(LoginRequest, Optional)}, which writes everything in one unit of work as usual.
     */
    public boolean asksAhead(LoginRequest request) {
        return connectors.find(request.connector()).filter(c -> !(c instanceof InProcess)).isPresent();
    }

    /** Whether the login's account or address is locked now (reads only): then the connector is not asked. */
    public boolean isLockedOut(LoginRequest request) {
        Credentials credentials = request.credentials();
        ThrottleKey accountKey = ThrottleKey.account(credentials.tenant(), request.connector(), credentials.login());
        return isLocked(accountKey, Optional.ofNullable(request.client().remoteAddress()).map(ThrottleKey::address),
                clock.instant());
    }

    /**
     * Asks the login's connector, outside any unit of work; a failure is a backend failure, as inside one. A bad
     * lifetime or an unknown connector is refused first, before the backend is bothered.
     */
    public AuthenticationResult askConnector(LoginRequest request) {
        Connector connector = connector(request.connector());
        sessions.policy().grantedLifetime(request.lifetime());
        return authenticate(connector, request.credentials());
    }

    /** Completes a login that answered {@link LoginOutcome.SecondFactorPending}. */
    public LoginOutcome completeSecondFactor(String challenge, String code, ClientInfo client, Dialect dialect,
                                             Map<String, String> extraClaims) {
        Optional<Session> pending = sessions.findPending(challenge, dialect);
        if (pending.isEmpty()) {
            audit.of(AuditEvent.LOGIN_FAILED, Outcome.FAILURE, dialect).client(client).reason("UNKNOWN_CHALLENGE")
                    .write();
            return refused(LoginOutcome.Refusal.INVALID_CREDENTIALS, Optional.empty());
        }
        Session session = pending.get();
        Instant now = clock.instant();
        ThrottleKey accountKey = ThrottleKey.account(session.tenant(), session.connector(), session.username());
        Connector connector = connector(session.connector());
        Identity identity = verification.identityOf(session);
        if (isLocked(accountKey, now)) {
            audit.of(AuditEvent.LOCKED_OUT, Outcome.FAILURE, dialect).session(session).client(client)
                    .reason(RejectionReason.LOCKED).write();
            return refused(LoginOutcome.Refusal.INVALID_CREDENTIALS, Optional.empty());
        }
        if (code == null || !(connector instanceof SecondFactorVerifier verifier)
                || !verifier.verifySecondFactor(session.subject(), code)) {
            countFailure(accountKey, accountPolicy, now);
            audit.of(AuditEvent.LOGIN_FAILED, Outcome.FAILURE, dialect).session(session).client(client)
                    .reason(RejectionReason.INVALID_SECOND_FACTOR).write();
            return refused(LoginOutcome.Refusal.INVALID_SECOND_FACTOR, Optional.of(identity));
        }
        throttles.clear(accountKey);
        IssuedSession issued = sessions.activate(session, extraClaims);
        audit.of(AuditEvent.LOGIN_SUCCEEDED, Outcome.SUCCESS, dialect).session(issued.session()).client(client).write();
        return new LoginOutcome.LoggedIn(issued, identity);
    }

    private AuthenticationResult secondFactor(Connector connector, Identity identity, Credentials credentials) {
        Optional<String> code = credentials.code();
        if (code.isEmpty()) {
            return new AuthenticationResult.SecondFactorRequired(identity);
        }
        if (connector instanceof SecondFactorVerifier verifier && verifier.verifySecondFactor(identity.subject(), code.get())) {
            return new AuthenticationResult.Authenticated(identity);
        }
        return new AuthenticationResult.Rejected(RejectionReason.INVALID_SECOND_FACTOR, Optional.of(identity));
    }

    private LoginOutcome reject(LoginRequest request, ThrottleKey accountKey, Optional<ThrottleKey> addressKey,
                                AuthenticationResult.Rejected rejected, Instant now) {
        RejectionReason reason = rejected.reason();
        AuditTrail.Entry entry = failureEntry(request, AuditEvent.LOGIN_FAILED, reason);
        rejected.identity().ifPresent(entry::identity);
        entry.write();
        // A broken backend is not a guess: counting it would lock every user out during an outage.
        boolean guess = reason != RejectionReason.BACKEND_FAILURE
                && (reason.looksLikeBadCredentials() || reason == RejectionReason.INVALID_SECOND_FACTOR);
        if (guess) {
            boolean locked = countFailure(accountKey, accountPolicy, now);
            if (addressKey.isPresent()) {
                locked |= countFailure(addressKey.get(), addressPolicy, now);
            }
            if (locked) {
                failureEntry(request, AuditEvent.LOCKED_OUT, RejectionReason.LOCKED).write();
            }
        }
        return switch (reason) {
            case BANNED -> refused(LoginOutcome.Refusal.BANNED, rejected.identity());
            case DISABLED -> refused(LoginOutcome.Refusal.DISABLED, rejected.identity());
            case PASSWORD_EXPIRED -> refused(LoginOutcome.Refusal.PASSWORD_EXPIRED, rejected.identity());
            case INVALID_SECOND_FACTOR -> refused(LoginOutcome.Refusal.INVALID_SECOND_FACTOR, rejected.identity());
            default -> refused(LoginOutcome.Refusal.INVALID_CREDENTIALS, Optional.empty());
        };
    }

    private AuditTrail.Entry failureEntry(LoginRequest request, AuditEvent event, RejectionReason reason) {
        return audit.of(event, Outcome.FAILURE, request.dialect()).tenant(request.credentials().tenant())
                .connector(request.connector()).username(request.credentials().login()).client(request.client())
                .reason(reason);
    }

    /** Records one failure; true when it just locked the key. */
    private boolean countFailure(ThrottleKey key, LockoutPolicy policy, Instant now) {
        Throttle current = throttles.findForUpdate(key).orElseGet(() -> Throttle.fresh(key, now));
        Throttle next = policy.afterFailure(current, now);
        throttles.save(next);
        return next.isLockedAt(now) && !current.isLockedAt(now);
    }

    private boolean isLocked(ThrottleKey accountKey, Optional<ThrottleKey> addressKey, Instant now) {
        return isLocked(accountKey, now) || addressKey.map(k -> isLocked(k, now)).orElse(false);
    }

    private boolean isLocked(ThrottleKey key, Instant now) {
        return throttles.find(key).map(t -> t.isLockedAt(now)).orElse(false);
    }

    private AuthenticationResult authenticate(Connector connector, Credentials credentials) {
        try {
            AuthenticationResult result = calls.authenticate(connector, credentials);
            if (result == null) {
                throw new IllegalStateException("connector returned no result");
            }
            // The session is filed under the identity's connector, which then checks its second factor and
            // changes its password: a connector may only vouch for its own users.
            Optional<Identity> identity = identityOf(result);
            if (identity.isPresent() && !identity.get().connector().equals(connector.id())) {
                throw new IllegalStateException("connector answered for a user of " + identity.get().connector());
            }
            return result;
        } catch (ConnectorUnavailable e) {
            // Expected under a hanging backend, possibly many times a second: one line, no stack trace.
            LOG.warning(e.getMessage());
            return AuthenticationResult.Rejected.because(RejectionReason.BACKEND_FAILURE);
        } catch (RuntimeException e) {
            if (DatabaseOutage.isCauseOf(e)) {
                // authgate's own database is gone, not the connector's backend: nothing can be recorded either,
                // so the whole login fails as unavailable (503) instead of reading as a wrong password.
                throw e;
            }
            // A broken backend must not look different from a wrong password, nor leak its message.
            LOG.log(Level.WARNING, "connector " + connector.id() + " failed", e);
            return AuthenticationResult.Rejected.because(RejectionReason.BACKEND_FAILURE);
        }
    }

    private static Optional<Identity> identityOf(AuthenticationResult result) {
        if (result instanceof AuthenticationResult.Authenticated ok) {
            return Optional.of(ok.identity());
        }
        if (result instanceof AuthenticationResult.SecondFactorRequired sf) {
            return Optional.of(sf.identity());
        }
        return ((AuthenticationResult.Rejected) result).identity();
    }

    private Connector connector(ConnectorId id) {
        return connectors.find(id).orElseThrow(() -> new InvalidRequest(InvalidRequest.Kind.UNKNOWN_CONNECTOR,
                "unknown connector: " + id));
    }

    private static LoginOutcome refused(LoginOutcome.Refusal refusal, Optional<Identity> identity) {
        return new LoginOutcome.Refused(refusal, identity);
    }
}
