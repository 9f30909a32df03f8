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
    private final LoginRateLimit limit = new LoginRateLimit(f.throttleStore(),
            new AuditTrail(f.audit(), f.clock()), f.clock());

    @BeforeEach
    void users() {
        f.user("alice", "correct horse");
        f.user("bob", "battery staple");
    }

    /** What a dialect does: admit, then log in only when admitted; null when refused as too fast. */
    private LoginOutcome login(LoginAttempt attempt) {
        LoginRequest request = attempt.dialect(KUZZLE).toRequest();
        return limit.admit(request, THREE_PER_SECOND) ? f.login(request) : null;
    }

    @Test
    void loginsWithinTheRateRunNormally() {
        for (int i = 0; i < 3; i++) {
            assertThat(login(f.attempt("alice", "correct horse"))).isInstanceOf(LoginOutcome.LoggedIn.class);
        }
    }

    @Test
    void theAttemptAboveTheRateIsRefusedWithoutReachingTheConnectorAndAudited() {
        for (int i = 0; i < 3; i++) {
            login(f.attempt("alice", "correct horse"));
        }
        f.audit().clear();

        assertThat(login(f.attempt("alice", "correct horse"))).isNull();

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
        assertThat(login(f.attempt("alice", "correct horse"))).isNull();
    }

    @Test
    void theCountStartsAgainInTheNextWindow() {
        for (int i = 0; i < 4; i++) {
            login(f.attempt("alice", "correct horse"));
        }
        f.clock().advance(Duration.ofSeconds(1));

        assertThat(login(f.attempt("alice", "correct horse"))).isInstanceOf(LoginOutcome.LoggedIn.class);
    }

    @Test
    void eachLoginNameHasItsOwnCountWhateverItsCase() {
        login(f.attempt("alice", "correct horse"));
        login(f.attempt("ALICE", "correct horse"));
        login(f.attempt(" Alice", "correct horse"));

        assertThat(login(f.attempt("alice", "correct horse"))).isNull();
        assertThat(login(f.attempt("bob", "battery staple"))).isInstanceOf(LoginOutcome.LoggedIn.class);
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
