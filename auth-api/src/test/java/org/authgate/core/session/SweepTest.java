package org.authgate.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditRecord;
import org.authgate.core.login.LoginOutcome;
import org.authgate.core.testing.CoreFixture;
import org.junit.jupiter.api.Test;

/** SessionEnding.expireDue: sessions that are over are ended even when nobody presents their token again. */
class SweepTest {
    private final CoreFixture f = CoreFixture.builder().lifetimes(Duration.ofMinutes(10), Duration.ofHours(1))
            .maxSessionLifetime(Duration.ofHours(2)).idleTimeout(Duration.ofMinutes(30))
            .secondFactorTimeout(Duration.ofMinutes(10)).build();

    @Test
    void endsEachKindOfFinishedSessionWithTheReasonATokenCheckWouldHaveFound() {
        f.user("alice", "correct horse");
        f.userWithSecondFactor("bob", "correct horse");
        SessionId plain = f.loggedIn("alice", "correct horse").issued().session().id();
        IssuedSession withRefresh = f.loggedIn(f.attempt("alice", "correct horse").refreshable()).issued();
        SessionId refreshable = withRefresh.session().id();
        String refreshToken = withRefresh.refreshToken();
        LoginOutcome pending = f.login("bob", "correct horse");
        assertThat(pending).isInstanceOf(LoginOutcome.SecondFactorPending.class);

        f.clock().advanceMinutes(9);
        assertThat(f.sessionEnding().expireDue(100)).as("nothing is over yet").isZero();

        f.clock().advanceMinutes(1);
        assertThat(f.sessionEnding().expireDue(100)).as("the plain session and the pending login").isEqualTo(2);
        assertThat(f.sessionStore().get(plain).endReason()).isEqualTo(EndReason.ABSOLUTE_EXPIRY);
        assertThat(f.sessionStore().get(refreshable).state()).as("its refresh token keeps it alive")
                .isEqualTo(SessionState.ACTIVE);
        List<AuditRecord> expired = f.audit().of(AuditEvent.SESSION_EXPIRED);
        assertThat(expired).extracting(AuditRecord::reason)
                .containsExactlyInAnyOrder("ABSOLUTE_EXPIRY", "SECOND_FACTOR_TIMEOUT");

        f.clock().advanceMinutes(20);
        assertThat(f.sessionEnding().expireDue(100)).isEqualTo(1);
        Session idle = f.sessionStore().get(refreshable);
        assertThat(idle.state()).isEqualTo(SessionState.EXPIRED);
        assertThat(idle.endReason()).isEqualTo(EndReason.IDLE_EXPIRY);
        assertThat(f.sessionEnding().expireDue(100)).as("ended once, audited once").isZero();
        assertThat(f.audit().of(AuditEvent.SESSION_EXPIRED)).hasSize(3);
        assertThat(f.refresh(refreshToken)).as("its refresh token reads as expired too")
                .isEqualTo(new RefreshOutcome.Refused(RefreshOutcome.Why.EXPIRED));
    }

    @Test
    void endsAtMostTheLimitAndTheRestNextTime() {
        f.user("alice", "correct horse");
        String token = f.loggedIn("alice", "correct horse").issued().accessToken();
        for (int i = 0; i < 4; i++) {
            f.loggedIn("alice", "correct horse");
        }
        f.clock().advanceMinutes(10);

        assertThat(f.sessionEnding().expireDue(3)).isEqualTo(3);
        assertThat(f.sessionEnding().expireDue(3)).isEqualTo(2);
        assertThat(f.verify(token)).as("a swept session's token reads as expired")
                .isEqualTo(new VerifyOutcome.Invalid(VerifyOutcome.Why.EXPIRED));
    }
}
