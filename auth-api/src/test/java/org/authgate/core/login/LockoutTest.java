package org.authgate.core.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditRecord;
import org.authgate.core.audit.Outcome;
import org.authgate.core.connector.AuthenticationResult;
import org.authgate.core.lockout.LockoutPolicy;
import org.authgate.core.lockout.Throttle;
import org.authgate.core.lockout.ThrottleKey;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.testing.CoreFixture;
import org.junit.jupiter.api.Test;

/** The fixture locks an account after 3 failures for 1 s, doubling; an address after 10. */
class LockoutTest {

    private static final LoginOutcome INVALID_CREDENTIALS =
            new LoginOutcome.Refused(LoginOutcome.Refusal.INVALID_CREDENTIALS, Optional.empty());
    private static final ThrottleKey ALICE = ThrottleKey.account(CoreFixture.TENANT, CoreFixture.LOCAL, "alice");

    private final CoreFixture f = CoreFixture.create();

    @Test
    void theAccountLocksAtTheConfiguredFailureAndTheLockIsAudited() {
        f.user("alice", "correct horse");

        f.login("alice", "guess 1");
        f.login("alice", "guess 2");
        assertThat(f.audit().of(AuditEvent.LOCKED_OUT)).isEmpty();
        f.login("alice", "guess 3");

        assertThat(f.audit().events()).containsExactly(AuditEvent.LOGIN_FAILED, AuditEvent.LOGIN_FAILED,
                AuditEvent.LOGIN_FAILED, AuditEvent.LOCKED_OUT);
        AuditRecord locked = f.audit().last();
        assertThat(locked.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(locked.reason()).isEqualTo("LOCKED");
        assertThat(locked.username()).isEqualTo("alice");
        assertThat(locked.tenant()).isEqualTo(CoreFixture.TENANT);
        assertThat(locked.connector()).isEqualTo(CoreFixture.LOCAL);
        assertThat(f.throttleStore().find(ALICE)).get().extracting(Throttle::lockedUntil)
                .isEqualTo(f.clock().instant().plusSeconds(1));
    }

    @Test
    void aConnectorAskedAheadOfTheUnitOfWorkIsNotAskedAgainAndALockoutFoundThenStillWins() {
        f.user("alice", "correct horse");
        LoginRequest right = f.attempt("alice", "correct horse").toRequest();
        assertThat(f.logins().asksAhead(right)).as("the fixture's connectors are all remote").isTrue();
        assertThat(f.logins().isLockedOut(right)).isFalse();
        AuthenticationResult answered = f.logins().askConnector(right);
        int backendCalls = f.local().authentications();

        assertThat(f.logins().login(right, Optional.of(answered))).isInstanceOf(LoginOutcome.LoggedIn.class);
        assertThat(f.local().authentications()).as("not asked twice").isEqualTo(backendCalls);

        answered = f.logins().askConnector(right);
        for (int i = 0; i < 3; i++) {
            f.login("alice", "guess " + i); // a parallel guesser locks the account in the meantime
        }
        f.audit().clear();
        assertThat(f.logins().isLockedOut(right)).isTrue();
        assertThat(f.logins().login(right, Optional.of(answered))).isEqualTo(INVALID_CREDENTIALS);
        assertThat(f.audit().events()).containsExactly(AuditEvent.LOCKED_OUT);
    }

    @Test
    void aLockedAccountWithTheRightPasswordIsRefusedLikeAWrongPasswordWithoutAskingTheBackend() {
        f.user("alice", "correct horse");
        LoginOutcome wrong = null;
        for (int i = 0; i < 3; i++) {
            wrong = f.login("alice", "guess " + i);
        }
        int backendCalls = f.local().authentications();
        f.audit().clear();

        LoginOutcome right = f.login("alice", "correct horse");

        assertThat(right).isEqualTo(wrong).isEqualTo(INVALID_CREDENTIALS);
        assertThat(f.local().authentications()).isEqualTo(backendCalls);
        AuditRecord record = f.audit().single(AuditEvent.LOCKED_OUT);
        assertThat(record.reason()).isEqualTo("LOCKED");
        assertThat(record.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(record.username()).isEqualTo("alice");
        assertThat(record.client()).isEqualTo(CoreFixture.CLIENT);
        assertThat(f.audit().events()).containsExactly(AuditEvent.LOCKED_OUT);
        assertThat(f.sessionStore().size()).isZero();
    }

    @Test
    void theLockIsReleasedAfterTheBackoffAndASuccessClearsTheCount() {
        f.user("alice", "correct horse");
        for (int i = 0; i < 3; i++) {
            f.login("alice", "guess " + i);
        }

        f.clock().advance(Duration.ofMillis(999));
        assertThat(f.login("alice", "correct horse")).isEqualTo(INVALID_CREDENTIALS);
        f.clock().advance(Duration.ofMillis(1));
        assertThat(f.login("alice", "correct horse")).isInstanceOf(LoginOutcome.LoggedIn.class);

        assertThat(f.throttleStore().find(ALICE)).isEmpty();
        f.login("alice", "guess again");
        f.login("alice", "guess again");
        assertThat(f.login("alice", "correct horse")).as("two failures after a success do not lock")
                .isInstanceOf(LoginOutcome.LoggedIn.class);
    }

    @Test
    void eachFailureAfterTheLockDoublesTheBackoff() {
        f.user("alice", "correct horse");
        for (int i = 0; i < 3; i++) {
            f.login("alice", "guess " + i);
        }
        long[] expectedSeconds = {1, 2, 4, 8, 16, 32};
        for (int i = 0; i < expectedSeconds.length; i++) {
            Instant lockedUntil = f.throttleStore().find(ALICE).orElseThrow().lockedUntil();
            assertThat(Duration.between(f.clock().instant(), lockedUntil)).as("lock after failure " + (3 + i))
                    .isEqualTo(Duration.ofSeconds(expectedSeconds[i]));
            f.clock().advance(Duration.between(f.clock().instant(), lockedUntil));
            f.login("alice", "guess again");
        }
        assertThat(f.throttleStore().failuresOf(ALICE)).isEqualTo(3 + expectedSeconds.length);
    }

    @Test
    void attemptsWhileLockedAreNotCountedAsFailures() {
        f.user("alice", "correct horse");
        for (int i = 0; i < 3; i++) {
            f.login("alice", "guess " + i);
        }
        Throttle before = f.throttleStore().find(ALICE).orElseThrow();

        for (int i = 0; i < 10; i++) {
            f.login("alice", "guess while locked " + i);
        }

        Throttle after = f.throttleStore().find(ALICE).orElseThrow();
        assertThat(after.failures()).isEqualTo(before.failures());
        assertThat(after.lockedUntil()).isEqualTo(before.lockedUntil());
    }

    @Test
    void theAccountKeyIgnoresCaseAndSurroundingSpacesAndOtherAccountsAreUnaffected() {
        f.user("alice", "correct horse");
        f.user("bob", "bob's password");

        f.login("alice", "guess");
        f.login("ALICE", "guess");
        f.login(" Alice ", "guess");

        assertThat(f.login("alice", "correct horse")).isEqualTo(INVALID_CREDENTIALS);
        assertThat(f.login("bob", "bob's password")).isInstanceOf(LoginOutcome.LoggedIn.class);
    }

    @Test
    void anAddressLocksAfterItsThresholdWhateverTheUsernamesAndOtherAddressesStillWork() {
        CoreFixture g = CoreFixture.builder()
                .accountLockout(new LockoutPolicy(5, Duration.ofSeconds(1), Duration.ofMinutes(15), 100,
                        Duration.ofHours(1)))
                .addressLockout(new LockoutPolicy(3, Duration.ofSeconds(30), Duration.ofMinutes(15), 100,
                        Duration.ofHours(1)))
                .build();
        g.user("alice", "correct horse");
        String attacker = "198.51.100.66";

        for (String user : new String[] {"u1", "u2", "u3"}) {
            g.login(g.attempt(user, "guess").fromAddress(attacker));
        }
        assertThat(g.audit().last().event()).isEqualTo(AuditEvent.LOCKED_OUT);
        g.audit().clear();

        assertThat(g.login(g.attempt("alice", "correct horse").fromAddress(attacker)))
                .isEqualTo(INVALID_CREDENTIALS);
        assertThat(g.audit().single(AuditEvent.LOCKED_OUT).client().remoteAddress()).isEqualTo(attacker);
        assertThat(g.login(g.attempt("alice", "correct horse").fromAddress("203.0.113.50")))
                .isInstanceOf(LoginOutcome.LoggedIn.class);

        g.clock().advanceSeconds(30);
        assertThat(g.login(g.attempt("alice", "correct horse").fromAddress(attacker)))
                .isInstanceOf(LoginOutcome.LoggedIn.class);
        assertThat(g.throttleStore().failuresOf(ThrottleKey.address(attacker)))
                .as("a success does not wipe what an address did").isEqualTo(3);
    }

    @Test
    void aRequestWithoutAnAddressIsThrottledByAccountOnly() {
        f.user("alice", "correct horse");

        f.login(f.attempt("alice", "guess").from(ClientInfo.NONE));

        assertThat(f.throttleStore().failuresOf(ALICE)).isEqualTo(1);
        assertThat(f.throttleStore().find(ThrottleKey.address(null))).isEmpty();
    }

    @Test
    void noAccountSeesMoreThanOneHundredFailuresAnHourWhateverThePolicySays() {
        // No backoff, a cap of 1000 and a one-minute window: the hard cap must still hold.
        CoreFixture g = CoreFixture.builder()
                .accountLockout(new LockoutPolicy(100, Duration.ZERO, Duration.ZERO, 1000, Duration.ofMinutes(1)))
                .addressLockout(new LockoutPolicy(100, Duration.ZERO, Duration.ZERO, 1000, Duration.ofMinutes(1)))
                .build();
        g.user("alice", "correct horse");

        for (int second = 0; second < 3600; second += 5) {
            g.login(g.attempt("alice", "guess " + second).from(ClientInfo.of(null, "198.51.100." + (second % 250),
                    null, null)));
            g.clock().advanceSeconds(5);
        }

        assertThat(g.audit().of(AuditEvent.LOGIN_FAILED).size()).isEqualTo(LockoutPolicy.HARD_CAP_PER_HOUR);
        assertThat(g.local().authentications()).isEqualTo(LockoutPolicy.HARD_CAP_PER_HOUR);
    }
}
