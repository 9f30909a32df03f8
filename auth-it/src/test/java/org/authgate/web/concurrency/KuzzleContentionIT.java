package org.authgate.web.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.authgate.web.concurrency.NativeContentionIT.PASSWORD;
import static org.authgate.web.concurrency.NativeContentionIT.PAST_TOUCH_INTERVAL;
import static org.authgate.web.concurrency.NativeContentionIT.events;
import static org.authgate.web.concurrency.NativeContentionIT.sessions;

import jakarta.json.Json;
import java.util.List;
import org.authgate.web.api.ApiTest;
import org.authgate.web.api.NativeApi;
import org.authgate.web.testing.HttpTestClient;
import org.junit.jupiter.api.Test;

/**
 * Kuzzle's write paths under a burst: logins of one account against its per-second login limit (a counter row
 * every attempt writes), {@code auth:refreshToken} of one token by many clients (a renewal replaces the token, so one
 * wins), checks of a token whose last-seen time is due, and a logout racing them.
 */
class KuzzleContentionIT extends ApiTest {
    private static final String JSON = "application/json";
    /** authgate.dialect.kuzzle.login-rate: 10 logins per second per login name. */
    private static final int LOGINS_PER_SECOND = 10;

    private String user(String prefix) {
        String name = NativeApi.uniqueName(prefix);
        api.createUser(name, PASSWORD);
        return name;
    }

    private HttpTestClient.Response login(String user) {
        return api.send("POST", "/_login/local?expiresIn=1h", Json.createObjectBuilder().add("username", user)
                .add("password", PASSWORD).build().toString(), JSON);
    }

    private String jwt(String user) {
        HttpTestClient.Response r = login(user);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().getJsonObject("result").getString("jwt");
    }

    private HttpTestClient.Response withToken(String path, String token) {
        return api.send("POST", path, "", JSON, "Authorization", NativeApi.bearer(token));
    }

    private HttpTestClient.Response check(String token) {
        return api.send("POST", "/_checkToken", "{\"token\":\"" + token + "\"}", JSON);
    }

    private long eventsFromThisClient(String event, String reason) {
        return NativeApi.count("SELECT count(*) FROM audit_records WHERE remote_address = ? AND event = ?"
                + " AND reason = ?", api.address(), event, reason);
    }

    @Test
    void sixteenLoginsOfOneAccountAtOnceAreAdmittedUpToTheRateAndTheRestRefused429() {
        String user = user("kz-login");

        List<HttpTestClient.Response> logins = Burst.of(Burst.SIZE, i -> login(user));

        assertThat(Burst.statuses(logins)).containsOnlyKeys(200, 429);
        long admitted = Burst.count(logins, 200);
        // The first ten of the second are always admitted; the burst may straddle a second and get more.
        assertThat(admitted).as(Burst.statuses(logins).toString()).isGreaterThanOrEqualTo(LOGINS_PER_SECOND);
        logins.stream().filter(r -> r.status() == 429).forEach(r -> assertThat(r.json().getJsonObject("error")
                .getString("id")).isEqualTo("api.process.too_many_logins_requests"));
        assertThat(sessions(user)).isEqualTo(admitted);
        assertThat(events(user, "LOGIN_SUCCEEDED")).isEqualTo(admitted);
        assertThat(eventsFromThisClient("LOGIN_FAILED", "TOO_MANY_LOGINS")).isEqualTo(Burst.SIZE - admitted);
    }

    @Test
    void sixteenRenewalsOfOneTokenAtOnceHaveOneWinnerAndTheOthersAre401() {
        String user = user("kz-renew");
        String jwt = jwt(user);

        List<HttpTestClient.Response> renewals = Burst.of(Burst.SIZE, i -> withToken("/_refreshToken", jwt));

        assertThat(Burst.count(renewals, 200)).as(Burst.statuses(renewals).toString()).isEqualTo(1);
        assertThat(Burst.count(renewals, 401)).isEqualTo(Burst.SIZE - 1);
        renewals.stream().filter(r -> r.status() == 401).forEach(r -> assertThat(r.json().getJsonObject("error")
                .getString("id")).isIn("security.token.invalid", "security.token.expired"));
        assertThat(events(user, "TOKEN_REFRESHED")).isEqualTo(1);
        // A loser finds the token replaced (within its grace) or unknown (after it): either way one refusal each.
        assertThat(NativeApi.count("SELECT count(*) FROM audit_records WHERE remote_address = ?"
                + " AND event = 'REFRESH_FAILED'", api.address())).isEqualTo(Burst.SIZE - 1);
        String renewed = renewals.stream().filter(r -> r.status() == 200).findFirst().orElseThrow().json()
                .getJsonObject("result").getString("jwt");
        assertThat(api.send("GET", "/_me", null, JSON, "Authorization", NativeApi.bearer(renewed)).status())
                .isEqualTo(200);
    }

    @Test
    void thirtyTwoChecksOfOneTokenWhoseLastSeenTimeIsDueAllAnswerValid() {
        String jwt = jwt(user("kz-check"));

        for (int round = 0; round < 2; round++) {
            api.advanceClock(PAST_TOUCH_INTERVAL);
            List<HttpTestClient.Response> checks = Burst.of(2 * Burst.SIZE, i -> check(jwt));
            assertThat(checks).allSatisfy(r -> {
                assertThat(r.status()).as(r.toString()).isEqualTo(200);
                assertThat(r.json().getJsonObject("result").getBoolean("valid")).as(r.toString()).isTrue();
            });
        }
    }

    @Test
    void aLogoutRacingSixteenChecksEndsTheSessionOnceAndEveryLaterCheckIsInvalid() {
        String user = user("kz-logout");
        String jwt = jwt(user);
        api.advanceClock(PAST_TOUCH_INTERVAL); // the checks write too

        List<HttpTestClient.Response> burst = Burst.of(Burst.SIZE + 1, i -> i == 0 ? withToken("/_logout", jwt)
                : check(jwt));

        assertThat(burst.get(0).status()).as(burst.get(0).toString()).isEqualTo(200);
        assertThat(burst).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
        assertThat(Burst.of(Burst.SIZE, i -> check(jwt)))
                .allSatisfy(r -> assertThat(r.json().getJsonObject("result").getBoolean("valid")).isFalse());
        assertThat(events(user, "LOGGED_OUT")).isEqualTo(1);
    }
}
