package org.authgate.core.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditRecord;
import org.authgate.core.audit.AuditTrail;
import org.authgate.core.audit.Outcome;
import org.authgate.core.session.Dialect;
import org.authgate.core.testing.CoreFixture;
import org.authgate.core.testing.LoginAttempt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginRateLimitTest {
    private static final Dialect KUZZLE = new Dialect("kuzzle");
    private static final LoginRateLimit.Rate THREE_PER_SECOND = new LoginRateLimit.Rate(3, Duration.ofSeconds(1));

    private final CoreFixture f = CoreFixture.create();
    private final LoginRateLimit limit = new LoginRateLimit(f.logins(), f.throttleStore(),
            new AuditTrail(f.audit(), f.clock()), f.clock());

    @BeforeEach
    void users() {
        f.user("alice", "correct horse");
        f.user("bob", "battery staple");
    }

    private LoginRateLimit.Outcome login(LoginAttempt attempt) {
        return limit.login(attempt.dialect(KUZZLE).toRequest(), THREE_PER_SECOND);
    }

    @Test
    void loginsWithinTheRateRunNormally() {
        for (int i = 0; i < 3; i++) {
            assertThat(login(f.attempt("alice", "correct horse"))).isInstanceOfSatisfying(
                    LoginRateLimit.Attempted.class,
                    a -> assertThat(a.login()).isInstanceOf(LoginOutcome.LoggedIn.class));
        }
    }

    @Test
    void theAttemptAboveTheRateIsRefusedWithoutReachingTheConnectorAndAudited() {
        for (int i = 0; i < 3; i++) {
            login(f.attempt("alice", "correct horse"));
        }
        f.audit().clear();

        assertThat(login(f.attempt("alice", "correct horse"))).isInstanceOf(LoginRateLimit.TooFast.class);

        AuditRecord record = f.audit().single(AuditEvent.LOGIN_FAILED);
        assertThat(record.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(record.dialect()).isEqualTo(KUZZLE);
        assertThat(record.username()).isEqualTo("alice");
        assertThat(record.reason()).isEqualTo(LoginRateLimit.REASON);
        assertThat(f.audit().events()).doesNotContain(AuditEvent.LOGIN_SUCCEEDED);
    }

    @Test
    void failedAttemptsCountToo() {
        for (int i = 0; i < 3; i++) {
            login(f.attempt("alice", "wrong"));
        }
        assertThat(login(f.attempt("alice", "correct horse"))).isInstanceOf(LoginRateLimit.TooFast.class);
    }

    @Test
    void theCountStartsAgainInTheNextWindow() {
        for (int i = 0; i < 4; i++) {
            login(f.attempt("alice", "correct horse"));
        }
        f.clock().advance(Duration.ofSeconds(1));

        assertThat(login(f.attempt("alice", "correct horse"))).isInstanceOf(LoginRateLimit.Attempted.class);
    }

    @Test
    void eachLoginNameHasItsOwnCountWhateverItsCase() {
        login(f.attempt("alice", "correct horse"));
        login(f.attempt("ALICE", "correct horse"));
        login(f.attempt(" Alice", "correct horse"));

        assertThat(login(f.attempt("alice", "correct horse"))).isInstanceOf(LoginRateLimit.TooFast.class);
        assertThat(login(f.attempt("bob", "battery staple"))).isInstanceOf(LoginRateLimit.Attempted.class);
    }

    @Test
    void theRateCounterDoesNotTouchTheLockoutCounter() {
        for (int i = 0; i < 3; i++) {
            login(f.attempt("alice", "correct horse"));
        }
        assertThat(f.throttleStore().find(org.authgate.core.lockout.ThrottleKey.account(CoreFixture.TENANT,
                CoreFixture.LOCAL, "alice"))).isEmpty();
    }

    @Test
    void aRateNeedsAtLeastOneAttemptPerPositiveDuration() {
        assertThatThrownBy(() -> new LoginRateLimit.Rate(0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginRateLimit.Rate(1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
