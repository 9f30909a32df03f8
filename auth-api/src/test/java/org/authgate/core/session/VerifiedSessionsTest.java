package org.authgate.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.authgate.core.identity.Identity;
import org.authgate.core.login.LoginOutcome;
import org.authgate.core.testing.CoreFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VerifiedSessionsTest {
    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong nanos = new AtomicLong(1_000 * SECOND);
    private final VerifiedSessions cache = new VerifiedSessions(100, 30 * SECOND, nanos::get);
    private CoreFixture f;
    private String token;
    private VerifyOutcome.Valid valid;

    @BeforeEach
    void loggedInAndTrusted() {
        f = CoreFixture.create();
        f.user("alice", "correct horse");
        LoginOutcome.LoggedIn in = f.loggedIn("alice", "correct horse");
        token = in.issued().accessToken();
        valid = (VerifyOutcome.Valid) f.verify(token);
        cache.trustUntil(nanos.get() + 60 * SECOND);
    }

    @Test
    void aRememberedSessionIsFoundByItsTokenWithTheHashItStandsFor() {
        cache.remember(token, valid, null, cache.generation());

        VerifiedSessions.Hit hit = cache.find(token).orElseThrow();
        assertThat(hit.session()).isEqualTo(valid.session());
        assertThat(hit.presented()).isEqualTo(valid.presented());
        assertThat(hit.identity()).isNull();
        assertThat(cache.find(token + "x")).isEmpty();
        assertThat(cache.hits()).isEqualTo(1);
        assertThat(cache.misses()).isEqualTo(1);
    }

    @Test
    void aReadThatRacedWithAChangeIsNotRemembered() {
        long before = cache.generation();
        cache.forgetSession(SessionId.random());

        cache.remember(token, valid, null, before);

        assertThat(cache.find(token)).as("a change was forgotten after the read began").isEmpty();
        cache.remember(token, valid, null, cache.generation());
        assertThat(cache.find(token)).isPresent();
    }

    @Test
    void aForgottenSessionOrSubjectIsReadAgain() {
        Identity identity = f.sessionVerification().identityOf(valid.session());
        cache.remember(token, valid, identity, cache.generation());
        assertThat(cache.find(token).orElseThrow().identity()).isEqualTo(identity);

        cache.forgetSubject(identity.subject());
        assertThat(cache.find(token).orElseThrow().identity()).as("the session stays, the identity goes").isNull();

        cache.forgetSession(valid.session().id());
        assertThat(cache.find(token)).isEmpty();
    }

    @Test
    void entriesAnswerOnlyUntilTheirMaximumAge() {
        cache.remember(token, valid, null, cache.generation());
        nanos.addAndGet(30 * SECOND - 1);
        assertThat(cache.find(token)).isPresent();
        nanos.incrementAndGet();
        assertThat(cache.find(token)).isEmpty();
    }

    @Test
    void nothingIsAnsweredOnceTrustRanOutOrWasSuspended() {
        cache.remember(token, valid, null, cache.generation());
        nanos.addAndGet(60 * SECOND);
        assertThat(cache.trusted()).isFalse();
        assertThat(cache.find(token)).as("the listener stopped proving itself alive").isEmpty();

        cache.trustUntil(nanos.get() + SECOND);
        cache.remember(token, valid, null, cache.generation());
        assertThat(cache.find(token)).isPresent();
        cache.suspend();
        assertThat(cache.find(token)).isEmpty();
        cache.trustUntil(nanos.get() + SECOND);
        assertThat(cache.find(token)).as("suspending forgot everything").isEmpty();
    }

    @Test
    void itNeverHoldsMoreThanItsCapacity() {
        VerifiedSessions small = new VerifiedSessions(10, 30 * SECOND, nanos::get);
        small.trustUntil(nanos.get() + 60 * SECOND);
        for (int i = 0; i < 50; i++) {
            LoginOutcome.LoggedIn in = f.loggedIn("alice", "correct horse");
            String t = in.issued().accessToken();
            small.remember(t, (VerifyOutcome.Valid) f.verify(t), null, small.generation());
            assertThat(small.size()).isLessThanOrEqualTo(10);
        }
        assertThat(small.size()).isGreaterThan(0);
    }

    @Test
    void aRememberedSessionIsValidWithoutWritingOnlyWhileVerifyWouldWriteNothing() {
        CoreFixture g = CoreFixture.builder().touchInterval(Duration.ofMinutes(1)).idleTimeout(Duration.ofMinutes(30))
                .build();
        g.user("bob", "correct horse");
        LoginOutcome.LoggedIn in = g.loggedIn("bob", "correct horse");
        VerifyOutcome.Valid checked = (VerifyOutcome.Valid) g.verify(in.issued().accessToken());
        Session remembered = checked.session();
        long version = g.sessionStore().get(remembered.id()).version();

        assertThat(g.sessionVerification().validWithoutWriting(remembered, checked.presented())).contains(checked);
        g.clock().advanceSeconds(59);
        assertThat(g.sessionVerification().validWithoutWriting(remembered, checked.presented())).isPresent();
        g.clock().advanceSeconds(1);
        assertThat(g.sessionVerification().validWithoutWriting(remembered, checked.presented()))
                .as("the last-seen time is due: verify must write it").isEmpty();
        assertThat(g.sessionStore().get(remembered.id()).version()).as("nothing was written").isEqualTo(version);

        Session loggedOut = remembered.ended(EndReason.LOGOUT, SessionState.LOGGED_OUT, g.clock().instant());
        assertThat(g.sessionVerification().validWithoutWriting(loggedOut, checked.presented())).isEmpty();
        assertThat(g.sessionVerification().validWithoutWriting(remembered,
                org.authgate.core.token.TokenHash.of("another token"))).as("a token that is not the session's").isEmpty();
    }
}
