package org.authgate.core.testing;

import java.time.Duration;
import java.util.Map;
import org.authgate.core.audit.AuditTrail;
import org.authgate.core.connector.ConnectorCalls;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.identity.Identity;
import org.authgate.core.identity.TenantId;
import org.authgate.core.lockout.LockoutPolicy;
import org.authgate.core.login.LoginOutcome;
import org.authgate.core.login.LoginRequest;
import org.authgate.core.login.LoginService;
import org.authgate.core.login.PasswordChangeService;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.RefreshOutcome;
import org.authgate.core.session.RefreshRequest;
import org.authgate.core.session.Session;
import org.authgate.core.session.SessionEnding;
import org.authgate.core.session.SessionMechanics;
import org.authgate.core.session.SessionOpening;
import org.authgate.core.session.SessionPolicy;
import org.authgate.core.session.SessionRefresh;
import org.authgate.core.session.SessionVerification;
import org.authgate.core.session.TokenIssuer;
import org.authgate.core.session.VerifyOutcome;
import org.authgate.core.token.AccessTokenFormat;
import org.authgate.core.token.TokenGenerator;

/**
 * The core wired over the in-memory fakes, one per test. Defaults are chosen to be easy to reason
 * about: 1 h tokens, 8 h idle, lockout after 3 failures for 1 s doubling, address lockout after 10.
 */
public final class CoreFixture {
    public static final TenantId TENANT = new TenantId("acme");
    public static final Dialect DIALECT = Dialect.NATIVE;
    public static final ClientInfo CLIENT = ClientInfo.of("web-app", "203.0.113.7", "JUnit/5", "laptop");
    /** Changes passwords and checks second factors. */
    public static final ConnectorId LOCAL = ConnectorId.LOCAL;
    /** Checks passwords and second factors, cannot change passwords. */
    public static final ConnectorId DIRECTORY = new ConnectorId("directory");
    /** Throws on every login. */
    public static final ConnectorId BROKEN = new ConnectorId("broken");
    /** Answers null on every login. */
    public static final ConnectorId MUTE = new ConnectorId("mute");

    private final MutableClock clock = MutableClock.at("2025-03-01T09:00:00Z");
    private final InMemorySessionStore sessionStore = new InMemorySessionStore();
    private final InMemoryRefreshTokenStore refreshTokenStore = new InMemoryRefreshTokenStore();
    private final InMemoryThrottleStore throttleStore = new InMemoryThrottleStore();
    private final RecordingAuditLog audit = new RecordingAuditLog();
    private final FakeJwtCodec jwt = new FakeJwtCodec();
    private final FakeConnectors connectors = new FakeConnectors();
    private final PasswordChangingConnector local = connectors.register(new PasswordChangingConnector(LOCAL));
    private final ScriptedConnector directory = connectors.register(new ScriptedConnector(DIRECTORY));
    private final SessionPolicy sessionPolicy;
    private final LockoutPolicy accountLockout;
    private final SessionOpening sessionOpening;
    private final SessionVerification sessionVerification;
    private final SessionRefresh sessionRefresh;
    private final SessionEnding sessionEnding;
    private final LoginService logins;
    private final PasswordChangeService passwords;

    private CoreFixture(Builder b) {
        connectors.register(new ThrowingConnector(BROKEN));
        connectors.register(new NullResultConnector(MUTE));
        sessionPolicy = new SessionPolicy(b.defaultLifetime, b.maxLifetime, b.idleTimeout, b.refreshTokenLifetime,
                b.maxSessionLifetime, b.secondFactorTimeout, b.refreshGrace, b.touchInterval, b.format);
        accountLockout = b.accountLockout;
        AuditTrail trail = new AuditTrail(audit, clock);
        SessionMechanics mechanics = new SessionMechanics(sessionStore, refreshTokenStore,
                new TokenIssuer(new TokenGenerator(), jwt), trail, connectors, sessionPolicy, clock);
        sessionOpening = new SessionOpening(mechanics);
        sessionVerification = new SessionVerification(mechanics);
        sessionRefresh = new SessionRefresh(mechanics);
        sessionEnding = new SessionEnding(mechanics);
        logins = new LoginService(connectors, sessionOpening, sessionVerification, throttleStore, b.accountLockout,
                b.addressLockout, trail, clock, b.connectorCalls);
        passwords = new PasswordChangeService(connectors, sessionEnding, throttleStore, b.accountLockout, trail,
                clock);
    }

    public static CoreFixture create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public MutableClock clock() { return clock; }
    public InMemorySessionStore sessionStore() { return sessionStore; }
    public InMemoryRefreshTokenStore refreshTokenStore() { return refreshTokenStore; }
    public InMemoryThrottleStore throttleStore() { return throttleStore; }
    public RecordingAuditLog audit() { return audit; }
    public FakeJwtCodec jwt() { return jwt; }
    public FakeConnectors connectors() { return connectors; }
    public PasswordChangingConnector local() { return local; }
    public ScriptedConnector directory() { return directory; }
    public SessionPolicy sessionPolicy() { return sessionPolicy; }
    public LockoutPolicy accountLockout() { return accountLockout; }
    public SessionOpening sessionOpening() { return sessionOpening; }
    public SessionVerification sessionVerification() { return sessionVerification; }
    public SessionRefresh sessionRefresh() { return sessionRefresh; }
    public SessionEnding sessionEnding() { return sessionEnding; }
    public LoginService logins() { return logins; }
    public PasswordChangeService passwords() { return passwords; }

    /** A user of the local connector in {@link #TENANT}. */
    public Identity user(String username, String password) {
        return local.addUser(TENANT, username, password);
    }

    /** A local user who must present a second factor. */
    public Identity userWithSecondFactor(String username, String password) {
        Identity identity = user(username, password);
        local.requireSecondFactor(TENANT, username);
        return identity;
    }

    public LoginAttempt attempt(String login, String password) {
        return new LoginAttempt(login, password);
    }

    public LoginOutcome login(LoginAttempt attempt) {
        return logins.login(attempt.toRequest());
    }

    public LoginOutcome login(LoginRequest request) {
        return logins.login(request);
    }

    public LoginOutcome login(String login, String password) {
        return login(attempt(login, password));
    }

    /** Logs in and fails the test unless the login succeeded. */
    public LoginOutcome.LoggedIn loggedIn(LoginAttempt attempt) {
        return loggedIn(login(attempt));
    }

    public LoginOutcome.LoggedIn loggedIn(String login, String password) {
        return loggedIn(attempt(login, password));
    }

    public static LoginOutcome.LoggedIn loggedIn(LoginOutcome outcome) {
        if (outcome instanceof LoginOutcome.LoggedIn ok) {
            return ok;
        }
        throw new AssertionError("expected a successful login but got " + outcome);
    }

    public LoginOutcome completeSecondFactor(String challenge, String code) {
        return logins.completeSecondFactor(challenge, code, CLIENT, DIALECT, Map.of());
    }

    public VerifyOutcome verify(String accessToken) {
        return sessionVerification.verify(accessToken, DIALECT);
    }

    /** Verifies and fails the test unless the token is good. */
    public Session verified(String accessToken) {
        VerifyOutcome outcome = verify(accessToken);
        if (outcome instanceof VerifyOutcome.Valid valid) {
            return valid.session();
        }
        throw new AssertionError("expected a valid token but got " + outcome);
    }

    public RefreshOutcome refresh(String refreshToken) {
        return sessionRefresh.refresh(refreshToken, RefreshRequest.of(DIALECT, CLIENT));
    }

    /** Refreshes and fails the test unless the refresh succeeded. */
    public RefreshOutcome.Refreshed refreshed(String refreshToken) {
        RefreshOutcome outcome = refresh(refreshToken);
        if (outcome instanceof RefreshOutcome.Refreshed ok) {
            return ok;
        }
        throw new AssertionError("expected a refresh but got " + outcome);
    }

    /** Policies for one test; unset values keep the fixture's defaults. */
    public static final class Builder {
        private Duration defaultLifetime = Duration.ofHours(1);
        private Duration maxLifetime = Duration.ofDays(1);
        private Duration idleTimeout = Duration.ofHours(8);
        private Duration refreshTokenLifetime = Duration.ofDays(7);
        private Duration maxSessionLifetime = Duration.ofDays(7);
        private Duration secondFactorTimeout = Duration.ofMinutes(5);
        private Duration refreshGrace = Duration.ofSeconds(10);
        private Duration touchInterval = Duration.ofMinutes(1);
        private AccessTokenFormat format = AccessTokenFormat.OPAQUE;
        private LockoutPolicy accountLockout = new LockoutPolicy(3, Duration.ofSeconds(1), Duration.ofMinutes(15),
                LockoutPolicy.HARD_CAP_PER_HOUR, Duration.ofHours(1));
        private LockoutPolicy addressLockout = new LockoutPolicy(10, Duration.ofSeconds(1), Duration.ofMinutes(15),
                LockoutPolicy.HARD_CAP_PER_HOUR, Duration.ofHours(1));
        private ConnectorCalls connectorCalls = ConnectorCalls.direct();

        public Builder lifetimes(Duration byDefault, Duration max) {
            defaultLifetime = byDefault;
            maxLifetime = max;
            return this;
        }

        public Builder idleTimeout(Duration d) { idleTimeout = d; return this; }
        public Builder refreshTokenLifetime(Duration d) { refreshTokenLifetime = d; return this; }
        public Builder maxSessionLifetime(Duration d) { maxSessionLifetime = d; return this; }
        public Builder secondFactorTimeout(Duration d) { secondFactorTimeout = d; return this; }
        public Builder refreshGrace(Duration d) { refreshGrace = d; return this; }
        public Builder touchInterval(Duration d) { touchInterval = d; return this; }
        public Builder tokenFormat(AccessTokenFormat f) { format = f; return this; }
        public Builder accountLockout(LockoutPolicy p) { accountLockout = p; return this; }
        public Builder addressLockout(LockoutPolicy p) { addressLockout = p; return this; }
        public Builder connectorCalls(ConnectorCalls c) { connectorCalls = c; return this; }

        public CoreFixture build() {
            return new CoreFixture(this);
        }
    }
}
