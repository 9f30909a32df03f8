package org.authgate.web.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.authgate.web.concurrency.NativeContentionIT.PASSWORD;
import static org.authgate.web.concurrency.NativeContentionIT.assertEachLoggedIn;
import static org.authgate.web.concurrency.NativeContentionIT.PAST_TOUCH_INTERVAL;
import static org.authgate.web.concurrency.NativeContentionIT.events;
import static org.authgate.web.concurrency.NativeContentionIT.sessionColumn;
import static org.authgate.web.concurrency.NativeContentionIT.sessions;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.authgate.web.api.ApiTest;
import org.authgate.web.api.NativeApi;
import org.authgate.web.testing.HttpTestClient;
import org.junit.jupiter.api.Test;

/**
 * Wazo's write paths under a burst: the two failures of issue 13 (checks of one token when its last-seen time is
 * due, one offline grant refreshed by many clients of the SDK, which shares one refresh token per client), logins
 * of one account, and a revocation racing the refreshes and checks it ends.
 */
class WazoContentionIT extends ApiTest {
    private static final String AUTH = "/api/auth/0.1";
    private static final String CLIENT = "wazo-desktop";

    private final HttpTestClient https = HttpTestClient.https();

    private HttpTestClient.Response send(String method, String path, String body, String... headers) {
        String[] all = new String[headers.length + 4];
        System.arraycopy(headers, 0, all, 0, headers.length);
        all[headers.length] = "X-Forwarded-For";
        all[headers.length + 1] = api.address();
        all[headers.length + 2] = "User-Agent";
        all[headers.length + 3] = "wazo-contention-it";
        return https.send(method, path, body, body == null ? null : "application/json", all);
    }

    private HttpTestClient.Response logIn(String user) {
        return send("POST", AUTH + "/token", Json.createObjectBuilder().add("backend", "wazo_user")
                        .add("expiration", 3600).add("access_type", "offline").add("client_id", CLIENT).build().toString(),
                "Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)));
    }

    private JsonObject loggedIn(String user) {
        HttpTestClient.Response r = logIn(user);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().getJsonObject("data");
    }

    private HttpTestClient.Response refresh(String refreshToken) {
        return send("POST", AUTH + "/token", Json.createObjectBuilder().add("backend", "wazo_user")
                .add("expiration", 3600).add("refresh_token", refreshToken).add("client_id", CLIENT).build().toString());
    }

    private HttpTestClient.Response check(String token) {
        return send("GET", AUTH + "/token/" + token, null);
    }

    private String user(String prefix) {
        String name = NativeApi.uniqueName(prefix);
        api.createUser(name, PASSWORD);
        return name;
    }

    @Test
    void thirtyTwoChecksOfOneTokenWhoseLastSeenTimeIsDueAllAnswer200() {
        String user = user("wazo-check");
        String token = loggedIn(user).getString("token");

        for (int round = 0; round < 2; round++) {
            api.advanceClock(PAST_TOUCH_INTERVAL);
            List<HttpTestClient.Response> checks = Burst.of(2 * Burst.SIZE, i -> check(token));
            assertThat(Burst.count(checks, 200)).as("round %d: %s", round, Burst.statuses(checks))
                    .isEqualTo(2 * Burst.SIZE);
        }
        assertThat(events(user, "SESSION_EXPIRED")).isZero();
    }

    @Test
    void twentyFourClientsRefreshingOneOfflineGrantAtOnceEachGetTheirOwnToken() {
        String user = user("wazo-grant");
        JsonObject login = loggedIn(user);
        String grantSession = login.getString("session_uuid");
        String version = sessionColumn(grantSession, "version");
        api.advanceClock(PAST_TOUCH_INTERVAL); // each refresh touches the grant's session: all of them are due

        List<HttpTestClient.Response> refreshes = Burst.of(24, i -> refresh(login.getString("refresh_token")));

        assertThat(Burst.statuses(refreshes)).containsOnlyKeys(200);
        List<String> tokens = refreshes.stream().map(r -> r.json().getJsonObject("data").getString("token")).toList();
        assertThat(tokens).doesNotHaveDuplicates();
        assertThat(sessions(user)).as("the grant's session and one per refresh").isEqualTo(1 + 24);
        assertThat(events(user, "TOKEN_REFRESHED")).isEqualTo(24);
        assertThat(events(user, "REFRESH_FAILED")).isZero();
        assertThat(sessionColumn(grantSession, "version")).as("the grant was only touched").isEqualTo(version);
        assertThat(Burst.statuses(Burst.of(tokens.size(), i -> check(tokens.get(i))))).containsOnlyKeys(200);
        assertThat(refresh(login.getString("refresh_token")).status()).as("the grant is reusable").isEqualTo(200);
    }

    @Test
    void sixteenOfflineLoginsOfOneAccountAtOnceOpenSixteenGrants() {
        String user = user("wazo-login");

        List<HttpTestClient.Response> logins = Burst.of(Burst.SIZE, i -> logIn(user));

        assertEachLoggedIn(logins, user);
        assertThat(logins.stream().map(r -> r.json().getJsonObject("data").getString("refresh_token")).distinct())
                .hasSize(Burst.SIZE);
    }

    @Test
    void revokingTheClientsGrantWhileSixteenClientsRefreshItStopsEveryLaterRefresh() {
        String user = user("wazo-revoke");
        JsonObject login = loggedIn(user);
        String refreshToken = login.getString("refresh_token");

        List<HttpTestClient.Response> burst = Burst.of(Burst.SIZE + 1, i -> i == 0
                ? send("DELETE", AUTH + "/users/me/tokens/" + CLIENT, null, "X-Auth-Token", login.getString("token"))
                : refresh(refreshToken));

        assertThat(burst.get(0).status()).as(burst.get(0).toString()).isEqualTo(204);
        List<HttpTestClient.Response> refreshes = burst.subList(1, burst.size());
        assertThat(refreshes).allSatisfy(r -> assertThat(r.status()).isIn(200, 401));
        long refreshed = Burst.count(refreshes, 200);
        // A refresh that read the grant before the revocation committed may still answer; none after it.
        assertThat(events(user, "TOKEN_REFRESHED")).isEqualTo(refreshed);
        assertThat(sessions(user)).isEqualTo(1 + refreshed);
        assertThat(NativeApi.count("SELECT count(*) FROM audit_records WHERE username = ? AND event = 'LOGGED_OUT'"
                + " AND reason = 'REFRESH_TOKEN_REVOKED'", user)).isEqualTo(1);
        assertThat(Burst.statuses(Burst.of(Burst.SIZE, i -> refresh(refreshToken)))).containsOnlyKeys(401);
    }

    @Test
    void aTokenDeletedWhileSixteenChecksRunIsRefusedByEveryLaterCheck() {
        String user = user("wazo-delete");
        String token = loggedIn(user).getString("token");
        api.advanceClock(PAST_TOUCH_INTERVAL);

        List<HttpTestClient.Response> burst = Burst.of(Burst.SIZE + 1, i -> i == 0
                ? send("DELETE", AUTH + "/token/" + token, null) : check(token));

        assertThat(burst.get(0).status()).isEqualTo(200);
        assertThat(burst.subList(1, burst.size())).allSatisfy(r -> assertThat(r.status()).isIn(200, 404));
        assertThat(Burst.statuses(Burst.of(Burst.SIZE, i -> check(token)))).containsOnlyKeys(404);
        assertThat(events(user, "LOGGED_OUT")).isEqualTo(1);
    }
}
