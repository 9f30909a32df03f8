package org.authgate.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditRecord;
import org.authgate.core.audit.Outcome;
import org.authgate.core.login.LoginOutcome;
import org.authgate.core.testing.CoreFixture;
import org.junit.jupiter.api.Test;

class ExpiryTest {

    @Test
    void aNonRefreshableSessionEndsAtItsAbsoluteExpiryAndTheEndIsAudited() {
        CoreFixture f = CoreFixture.create();
        f.user("alice", "correct horse");
        LoginOutcome.LoggedIn in = f.loggedIn("alice", "correct horse");
        SessionId id = in.issued().session().id();

        f.clock().advance(Duration.ofHours(1).minusSeconds(1));
        assertThat(f.verified(in.issued().accessToken()).id()).isEqualTo(id);
        f.clock().advanceSeconds(1);
        assertThat(f.verify(in.issued().accessToken())).isEqualTo(new VerifyOutcome.Invalid(VerifyOutcome.Why.EXPIRED));

        Session ended = f.sessionStore().get(id);
        assertThat(ended.state()).isEqualTo(SessionState.EXPIRED);
        assertThat(ended.endReason()).isEqualTo(EndReason.ABSOLUTE_EXPIRY);
        assertThat(ended.endedAt()).isEqualTo(f.clock().instant());
        AuditRecord expired = f.audit().single(AuditEvent.SESSION_EXPIRED);
        assertThat(expired.session()).isEqualTo(id);
        assertThat(expired.reason()).isEqualTo("ABSOLUTE_EXPIRY");
        assertThat(expired.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(expired.username()).isEqualTo("alice");
        assertThat(expired.client()).as("the session's own client").isEqualTo(CoreFixture.CLIENT);

        assertThat(f.verify(in.issued().accessToken())).as("still reads as expired, not as logged out")
                .isEqualTo(new VerifyOutcome.Invalid(VerifyOutcome.Why.EXPIRED));
        assertThat(f.audit().of(AuditEvent.SESSION_EXPIRED)).as("ended once, audited once").hasSize(1);
    }

    @Test
    void aRefreshableSessionOutlivesItsAccessTokenUntilRefreshableUntil() {
        CoreFixture f = CoreFixture.builder().lifetimes(Duration.ofMinutes(10), Duration.ofHours(1))
                .maxSessionLifetime(Duration.ofHours(1)).idleTimeout(Duration.ofMinutes(30)).build();
        f.user("alice", "correct horse");
        Instant loginAt = f.clock().instant();
        LoginOutcome.LoggedIn in = f.loggedIn(f.attempt("alice", "correct horse").refreshable());
        SessionId id = in.issued().session().id();
        assertThat(in.issued().session().refreshableUntil()).isEqualTo(loginAt.plus(Duration.ofHours(1)));

        IssuedSession current = in.issued();
        for (int minute = 10; minute <= 50; minute += 10) {
            f.clock().advanceMinutes(10);
            assertThat(f.verify(current.accessToken())).as("access token at minute " + minute)
                    .isEqualTo(new VerifyOutcome.Invalid(VerifyOutcome.Why.EXPIRED));
            assertThat(f.sessionStore().get(id).state()).isEqualTo(SessionState.ACTIVE);
            current = f.refreshed(current.refreshToken()).issued();
            assertThat(f.verified(current.accessToken()).id()).isEqualTo(id);
        }
        assertThat(f.audit().of(AuditEvent.SESSION_EXPIRED)).isEmpty();

        f.clock().advanceMinutes(5);
        IssuedSession last = f.refreshed(current.refreshToken()).issued();
        assertThat(last.session().expiresAt()).as("no token outlives the session")
                .isEqualTo(loginAt.plus(Duration.ofHours(1)));

        f.clock().advanceMinutes(5);
        assertThat(f.verify(last.accessToken())).isEqualTo(new VerifyOutcome.Invalid(VerifyOutcome.Why.EXPIRED));
        Session ended = f.sessionStore().get(id);
        assertThat(ended.state()).isEqualTo(SessionState.EXPIRED);
        assertThat(ended.endReason()).isEqualTo(EndReason.ABSOLUTE_EXPIRY);
        assertThat(f.audit().single(AuditEvent.SESSION_EXPIRED).reason()).isEqualTo("ABSOLUTE_EXPIRY");
        assertThat(f.refresh(last.refreshToken())).isEqualTo(new RefreshOutcome.Refused(RefreshOutcome.Why.EXPIRED));
    }

    @Test
    void aRefreshAtRefreshableUntilEndsTheSession() {
        CoreFixture f = CoreFixture.builder().lifetimes(Duration.ofMinutes(10), Duration.ofHours(1))
                .maxSessionLifetime(Duration.ofMinutes(20)).idleTimeout(Duration.ofHours(1)).build();
        f.user("alice", "correct horse");
        LoginOutcome.LoggedIn in = f.loggedIn(f.attempt("alice", "correct horse").refreshable());

        f.clock().advanceMinutes(20);
        assertThat(f.refresh(in.issued().refreshToken()))
                .isEqualTo(new RefreshOutcome.Refused(RefreshOutcome.Why.EXPIRED));

        Session ended = f.sessionStore().get(in.issued().session().id());
        assertThat(ended.state()).isEqualTo(SessionState.EXPIRED);
        assertThat(ended.endReason()).isEqualTo(EndReason.ABSOLUTE_EXPIRY);
        assertThat(f.audit().single(AuditEvent.SESSION_EXPIRED).session()).isEqualTo(ended.id());
        assertThat(f.refreshTokenStore().familyOf(ended.id()))
                .noneMatch(t -> t.state() == RefreshToken.RefreshState.ACTIVE);
    }

    @Test
    void anUnusedSessionEndsAfterTheIdleTimeout() {
        CoreFixture f = CoreFixture.builder().lifetimes(Duration.ofHours(2), Duration.ofHours(2))
                .idleTimeout(Duration.ofMinutes(30)).build();
        f.user("alice", "correct horse");
        LoginOutcome.LoggedIn in = f.loggedIn("alice", "correct horse");

        f.clock().advanceMinutes(30);
        assertThat(f.verify(in.issued().accessToken())).isEqualTo(new VerifyOutcome.Invalid(VerifyOutcome.Why.EXPIRED));

        Session ended = f.sessionStore().get(in.issued().session().id());
        assertThat(ended.state()).isEqualTo(SessionState.EXPIRED);
        assertThat(ended.endReason()).isEqualTo(EndReason.IDLE_EXPIRY);
        AuditRecord expired = f.audit().single(AuditEvent.SESSION_EXPIRED);
        assertThat(expired.reason()).isEqualTo("IDLE_EXPIRY");
        assertThat(expired.session()).isEqualTo(ended.id());
    }

    @Test
    void useKeepsASessionAliveBeyondTheIdleTimeout() {
        CoreFixture f = CoreFixture.builder().lifetimes(Duration.ofHours(2), Duration.ofHours(2))
                .idleTimeout(Duration.ofMinutes(30)).build();
        f.user("alice", "correct horse");
        LoginOutcome.LoggedIn in = f.loggedIn("alice", "correct horse");

        for (int i = 0; i < 5; i++) {
            f.clock().advanceMinutes(20);
            assertThat(f.verify(in.issued().accessToken())).as("after " + (20 * (i + 1)) + " minutes")
                    .isInstanceOf(VerifyOutcome.Valid.class);
        }
        assertThat(f.audit().of(AuditEvent.SESSION_EXPIRED)).isEmpty();
    }

    @Test
    void anIdleRefreshableSessionCannotBeRefreshed() {
        CoreFixture f = CoreFixture.builder().idleTimeout(Duration.ofMinutes(30)).build();
        f.user("alice", "correct horse");
        LoginOutcome.LoggedIn in = f.loggedIn(f.attempt("alice", "correct horse").refreshable());

        f.clock().advanceMinutes(30);
        assertThat(f.refresh(in.issued().refreshToken()))
                .isEqualTo(new RefreshOutcome.Refused(RefreshOutcome.Why.EXPIRED));

        Session ended = f.sessionStore().get(in.issued().session().id());
        assertThat(ended.state()).isEqualTo(SessionState.EXPIRED);
        assertThat(ended.endReason()).isEqualTo(EndReason.IDLE_EXPIRY);
        assertThat(f.audit().single(AuditEvent.SESSION_EXPIRED).reason()).isEqualTo("IDLE_EXPIRY");
    }

    @Test
    void lastSeenIsWrittenAtMostOncePerTouchInterval() {
        CoreFixture f = CoreFixture.builder().touchInterval(Duration.ofMinutes(1)).build();
        f.user("alice", "correct horse");
        Instant loginAt = f.clock().instant();
        LoginOutcome.LoggedIn in = f.loggedIn("alice", "correct horse");
        SessionId id = in.issued().session().id();
        String token = in.issued().accessToken();

        f.verified(token);
        f.clock().advanceSeconds(30);
        f.verified(token);
        f.verified(token);
        assertThat(f.sessionStore().updateCount()).isZero();
        assertThat(f.sessionStore().get(id).lastSeenAt()).isEqualTo(loginAt);

        f.clock().advanceSeconds(30);
        assertThat(f.verified(token).lastSeenAt()).isEqualTo(loginAt.plusSeconds(60));
        assertThat(f.sessionStore().updateCount()).isEqualTo(1);

        f.clock().advanceSeconds(59);
        f.verified(token);
        assertThat(f.sessionStore().updateCount()).isEqualTo(1);
        assertThat(f.sessionStore().get(id).lastSeenAt()).isEqualTo(loginAt.plusSeconds(60));

        f.clock().advanceSeconds(1);
        f.verified(token);
        assertThat(f.sessionStore().updateCount()).isEqualTo(2);
        assertThat(f.sessionStore().get(id).lastSeenAt()).isEqualTo(loginAt.plusSeconds(120));
    }

    @Test
    void aZeroTouchIntervalWritesLastSeenOnEveryCheck() {
        CoreFixture f = CoreFixture.builder().touchInterval(Duration.ZERO).build();
        f.user("alice", "correct horse");
        String token = f.loggedIn("alice", "correct horse").issued().accessToken();

        f.verified(token);
        f.clock().advanceSeconds(1);
        f.verified(token);

        assertThat(f.sessionStore().updateCount()).isEqualTo(2);
    }
}
