package org.authgate.web.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.authgate.web.api.NativeApi.bearer;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.stream.IntStream;
import org.authgate.web.api.ApiTest;
import org.authgate.web.api.NativeApi;
import org.authgate.web.testing.HttpTestClient;
import org.junit.jupiter.api.Test;

/**
 * The native API's write paths under a burst of parallel requests on one token, one refresh token and one account:
 * never a 5xx, and the rows left behind are exactly those the answers promised.
 */
class NativeContentionIT extends ApiTest {
    static final String PASSWORD = "correct horse battery";
    /** Past authgate.session.touch-interval-seconds (60): the next check of a token writes its last-seen time. */
    static final long PAST_TOUCH_INTERVAL = 61;

    private String user(String prefix) {
        String name = NativeApi.uniqueName(prefix);
        api.createUser(name, PASSWORD);
        return name;
    }

    private HttpTestClient.Response check(String accessToken) {
        return api.get("/api/v1/session", "Authorization", bearer(accessToken));
    }

    private HttpTestClient.Response refresh(String refreshToken) {
        return api.post("/api/v1/refresh", Json.createObjectBuilder().add("refreshToken", refreshToken).build()
                .toString());
    }

    static long events(String username, String event) {
        return NativeApi.count("SELECT count(*) FROM audit_records WHERE username = ? AND event = ?", username, event);
    }

    static long sessions(String username) {
        return NativeApi.count("SELECT count(*) FROM sessions WHERE username = ?", username);
    }

    /** Every login of the burst succeeded, and each opened its own session with its LOGIN_SUCCEEDED record. */
    static void assertEachLoggedIn(List<HttpTestClient.Response> logins, String username) {
        assertThat(Burst.statuses(logins)).containsOnlyKeys(200);
        assertThat(sessions(username)).isEqualTo(logins.size());
        assertThat(events(username, "LOGIN_SUCCEEDED")).isEqualTo(logins.size());
    }

    static String sessionColumn(String sessionId, String column) {
        return NativeApi.audit("SELECT " + column + " AS v FROM sessions WHERE id = ?::uuid", sessionId).get(0)
                .get("v");
    }

    @Test
    void sixteenLoginsOfOneAccountAtOnceOpenSixteenSessions() {
        String user = user("race-login");

        List<HttpTestClient.Response> logins = Burst.of(Burst.SIZE, i -> api.login(user, PASSWORD));

        assertEachLoggedIn(logins, user);
        assertThat(logins.stream().map(r -> r.json().getString("sessionId")).distinct()).hasSize(Burst.SIZE);
        assertThat(NativeApi.count("SELECT count(*) FROM refresh_tokens t JOIN sessions s ON s.id = t.session_id"
                + " WHERE s.username = ? AND t.state = 'ACTIVE'", user)).isEqualTo(Burst.SIZE);
    }

    @Test
    void thirtyTwoChecksOfOneTokenWhoseLastSeenTimeIsDueAllAnswerValid() {
        String user = user("race-check");
        JsonObject login = api.loggedIn(user, PASSWORD);
        String token = login.getString("accessToken");
        String version = sessionColumn(login.getString("sessionId"), "version");

        for (int round = 0; round < 2; round++) {
            api.advanceClock(PAST_TOUCH_INTERVAL);
            List<HttpTestClient.Response> checks = Burst.of(2 * Burst.SIZE, i -> check(token));
            assertThat(Burst.count(checks, 200)).as("round %d: %s", round, Burst.statuses(checks))
                    .isEqualTo(2 * Burst.SIZE);
        }

        assertThat(sessionColumn(login.getString("sessionId"), "version")).as("a touch is not a new version")
                .isEqualTo(version);
        assertThat(NativeApi.count("SELECT count(*) FROM sessions WHERE id = ?::uuid"
                        + " AND last_seen_at >= created_at + interval '122 seconds'", login.getString("sessionId")))
                .as("the last touch's time is stored").isEqualTo(1);
        assertThat(events(user, "SESSION_EXPIRED")).isZero();
    }

    @Test
    void aRotatingRefreshTokenSentSixteenTimesAtOnceHasOneWinnerAndTheReplayRevokesTheFamily() {
        String user = user("race-refresh");
        JsonObject login = api.loggedIn(user, PASSWORD);
        String sessionId = login.getString("sessionId");

        List<HttpTestClient.Response> refreshes = Burst.of(Burst.SIZE, i -> refresh(login.getString("refreshToken")));

        assertThat(Burst.count(refreshes, 200)).as(Burst.statuses(refreshes).toString()).isEqualTo(1);
        assertThat(Burst.count(refreshes, 401)).isEqualTo(Burst.SIZE - 1);
        refreshes.stream().filter(r -> r.status() == 401).forEach(r -> assertThat(r.json().getString("type"))
                .isEqualTo("urn:authgate:problem:invalid-refresh-token"));
        // One rotation; the first loser to read the spent token treats it as stolen (OAuth 2.0 Security BCP 4.14)
        // and revokes the family, every later one finds the session ended.
        assertThat(events(user, "TOKEN_REFRESHED")).isEqualTo(1);
        assertThat(events(user, "REFRESH_REUSE_DETECTED")).isEqualTo(1);
        assertThat(events(user, "REFRESH_FAILED")).isEqualTo(Burst.SIZE - 2);
        assertThat(sessionColumn(sessionId, "state")).isEqualTo("REVOKED");
        assertThat(sessionColumn(sessionId, "end_reason")).isEqualTo("REFRESH_REUSE");
        assertThat(NativeApi.audit("SELECT state FROM refresh_tokens WHERE session_id = ?::uuid ORDER BY created_at",
                sessionId).stream().map(r -> r.get("state")).toList()).containsExactlyInAnyOrder("USED", "REVOKED");
        JsonObject winner = refreshes.stream().filter(r -> r.status() == 200).findFirst().orElseThrow().json();
        assertThat(check(winner.getString("accessToken")).status()).isEqualTo(401);
        assertThat(refresh(winner.getString("refreshToken")).status()).isEqualTo(401);
    }

    @Test
    void aRevocationRacingSixteenChecksLeavesEveryLaterCheckRefused() {
        String user = user("race-revoke");
        JsonObject login = api.loggedIn(user, PASSWORD);
        String token = login.getString("accessToken");
        String admin = api.adminToken();
        api.advanceClock(PAST_TOUCH_INTERVAL); // the checks write too

        List<HttpTestClient.Response> burst = Burst.of(Burst.SIZE + 1, i -> i == 0
                ? api.delete("/api/v1/admin/sessions/" + login.getString("sessionId"), "Authorization", bearer(admin))
                : check(token));

        assertThat(burst.get(0).status()).as(burst.get(0).toString()).isEqualTo(204);
        assertThat(burst.subList(1, burst.size())).allSatisfy(r -> assertThat(r.status()).isIn(200, 401));
        assertThat(Burst.statuses(Burst.of(Burst.SIZE, i -> check(token)))).containsOnlyKeys(401);
        assertThat(events(user, "SESSION_REVOKED")).isEqualTo(1);
        assertThat(sessionColumn(login.getString("sessionId"), "state")).isEqualTo("REVOKED");
    }

    @Test
    void aLogoutRacingSixteenRefreshesEndsTheSessionOnceAndEveryTokenIsRefusedAfter() {
        String user = user("race-logout");
        JsonObject login = api.loggedIn(user, PASSWORD);
        String access = login.getString("accessToken");

        List<HttpTestClient.Response> burst = Burst.of(Burst.SIZE + 1, i -> i == 0
                ? api.post("/api/v1/logout", "", "Authorization", bearer(access))
                : refresh(login.getString("refreshToken")));

        List<HttpTestClient.Response> refreshes = burst.subList(1, burst.size());
        long refreshed = Burst.count(refreshes, 200);
        assertThat(refreshed).as(Burst.statuses(refreshes).toString()).isLessThanOrEqualTo(1);
        assertThat(Burst.count(refreshes, 401)).isEqualTo(Burst.SIZE - refreshed);
        assertThat(burst.get(0).status()).isIn(204, 401);
        long loggedOut = burst.get(0).status() == 204 ? 1 : 0;
        // The session ended exactly once: by the logout, or by a replay of the spent refresh token before it.
        assertThat(events(user, "LOGGED_OUT")).isEqualTo(loggedOut);
        assertThat(events(user, "REFRESH_REUSE_DETECTED")).isEqualTo(1 - loggedOut);
        assertThat(events(user, "TOKEN_REFRESHED")).isEqualTo(refreshed);
        assertThat(sessionColumn(login.getString("sessionId"), "state")).isIn("LOGGED_OUT", "REVOKED");
        List<String> tokens = IntStream.range(0, refreshes.size()).filter(i -> refreshes.get(i).status() == 200)
                .mapToObj(i -> refreshes.get(i).json().getString("accessToken")).toList();
        assertThat(check(access).status()).isEqualTo(401);
        tokens.forEach(t -> assertThat(check(t).status()).isEqualTo(401));
        assertThat(refresh(login.getString("refreshToken")).status()).isEqualTo(401);
    }
}
