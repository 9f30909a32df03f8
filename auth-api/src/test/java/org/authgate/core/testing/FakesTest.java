package org.authgate.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.authgate.core.lockout.Throttle;
import org.authgate.core.lockout.ThrottleKey;
import org.authgate.core.login.LoginOutcome;
import org.authgate.core.session.EndReason;
import org.authgate.core.session.RefreshToken;
import org.authgate.core.session.Session;
import org.authgate.core.session.SessionId;
import org.authgate.core.session.SessionState;
import org.authgate.core.token.AccessTokenClaims;
import org.authgate.core.token.TokenHash;
import org.junit.jupiter.api.Test;

/** The fakes keep the ports' promises, or the tests built on them would prove nothing. */
class FakesTest {

    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    @Test
    void theSessionStoreRefusesAStaleWriteAndBumpsTheVersion() {
        CoreFixture f = CoreFixture.create();
        SessionId id = aliceLoggedIn(f);
        Session copy = f.sessionStore().get(id);

        f.sessionStore().update(copy.ended(EndReason.LOGOUT, SessionState.LOGGED_OUT, T0));
        assertThat(f.sessionStore().get(id).version()).isEqualTo(copy.version() + 1);
        assertThatThrownBy(() -> f.sessionStore().update(copy.ended(EndReason.ADMIN_REVOKE, SessionState.REVOKED, T0)))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void aTouchIsTheLatestLastSeenTimeAtAnyVersionAndKeepsTheVersion() {
        CoreFixture f = CoreFixture.create();
        SessionId id = aliceLoggedIn(f);
        Session copy = f.sessionStore().get(id);

        f.sessionStore().touch(copy.seenAt(T0.plusSeconds(2)));
        f.sessionStore().touch(copy.seenAt(T0.plusSeconds(1)));
        assertThat(f.sessionStore().get(id).lastSeenAt()).as("never moved back").isEqualTo(T0.plusSeconds(2));
        assertThat(f.sessionStore().get(id).version()).isEqualTo(copy.version());

        f.sessionStore().update(copy.ended(EndReason.LOGOUT, SessionState.LOGGED_OUT, T0.plusSeconds(2)));
        f.sessionStore().touch(copy.seenAt(T0.plusSeconds(3)));
        assertThat(f.sessionStore().get(id).state()).as("a stale touch writes the time alone")
                .isEqualTo(SessionState.LOGGED_OUT);
        assertThat(f.sessionStore().get(id).lastSeenAt()).isEqualTo(T0.plusSeconds(3));
    }

    @Test
    void theSessionStoreTellsATouchFromAnUpdateAsTheRealOneDoes() {
        CoreFixture f = CoreFixture.create();
        SessionId id = aliceLoggedIn(f);
        Session stored = f.sessionStore().get(id);

        assertThatThrownBy(() -> f.sessionStore().update(stored.seenAt(T0.plusSeconds(1))))
                .as("a new last-seen time alone is a touch").isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> f.sessionStore().touch(stored.ended(EndReason.LOGOUT, SessionState.LOGGED_OUT, T0)))
                .as("a touch writes nothing but the last-seen time").isInstanceOf(IllegalStateException.class);
        f.sessionStore().update(stored.ended(EndReason.LOGOUT, SessionState.LOGGED_OUT, T0));
        assertThat(f.sessionStore().get(id).state()).isEqualTo(SessionState.LOGGED_OUT);
    }

    @Test
    void aSessionWrittenByAnotherNodeMeanwhileMakesTheSecondWriteFail() {
        CoreFixture f = CoreFixture.builder().touchInterval(Duration.ZERO).build();
        f.user("alice", "correct horse");
        LoginOutcome.LoggedIn in = f.loggedIn("alice", "correct horse");
        Session readByThisNode = f.sessionStore().get(in.issued().session().id());

        f.sessionStore().simulateConcurrentWrite(readByThisNode.id());

        assertThatThrownBy(() -> f.sessionStore().update(readByThisNode)).isInstanceOf(StaleVersionException.class);
        assertThat(f.verified(in.issued().accessToken())).as("a fresh read works").isNotNull();
    }

    @Test
    void theRefreshTokenStoreRefusesAStaleWrite() {
        InMemoryRefreshTokenStore store = new InMemoryRefreshTokenStore();
        RefreshToken token = RefreshToken.issue(SessionId.random(), TokenHash.of("r"), T0, T0.plusSeconds(60));
        store.insert(token);

        store.update(token.used(T0));

        assertThatThrownBy(() -> store.update(token.used(T0))).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> store.insert(token)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theThrottleStoreRefusesASecondInsertAndAStaleUpdate() {
        InMemoryThrottleStore store = new InMemoryThrottleStore();
        ThrottleKey key = ThrottleKey.address("192.0.2.1");
        store.save(new Throttle(key, 1, T0, null, -1));
        Throttle stored = store.find(key).orElseThrow();

        assertThatThrownBy(() -> store.save(new Throttle(key, 1, T0, null, -1)))
                .isInstanceOf(StaleVersionException.class);
        store.save(new Throttle(key, 2, T0, null, stored.version()));
        assertThatThrownBy(() -> store.save(new Throttle(key, 3, T0, null, stored.version())))
                .isInstanceOf(StaleVersionException.class);
        assertThat(store.failuresOf(key)).isEqualTo(2);
    }

    @Test
    void theClockMovesOnlyWhenToldAndOnlyForward() {
        MutableClock clock = new MutableClock(T0);

        assertThat(clock.instant()).isEqualTo(T0);
        clock.advanceMinutes(2);
        assertThat(clock.instant()).isEqualTo(T0.plusSeconds(120));
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFakeJwtCodecRoundTripsItsClaimsAndRefusesAnyChange() {
        FakeJwtCodec codec = new FakeJwtCodec();
        AccessTokenClaims claims = new AccessTokenClaims("jti-1", "sid-1", "sub-1", "acme", T0, T0.plusSeconds(60),
                Map.of("_id", "kuid & co=1"));

        String jwt = codec.sign(claims);

        assertThat(codec.verify(jwt)).contains(claims);
        assertThat(codec.verify(FakeJwtCodec.withClaim(jwt, "jti", "jti-2"))).isEmpty();
        assertThat(codec.verify(jwt.substring(0, jwt.length() - 1))).isEmpty();
        assertThat(codec.verify(jwt + "A")).isEmpty();
        assertThat(new FakeJwtCodec("other").verify(jwt)).isEmpty();
        assertThat(codec.verify("a.b.c")).isEmpty();
    }

    private static SessionId aliceLoggedIn(CoreFixture f) {
        f.user("alice", "correct horse");
        return f.loggedIn("alice", "correct horse").issued().session().id();
    }
}
