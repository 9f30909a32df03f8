package org.authgate.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.authgate.web.api.NativeApi.bearer;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.authgate.web.testing.HttpTestClient;
import org.junit.jupiter.api.Test;

/** Refresh-token rotation and reuse detection; absolute and idle expiry; lifetime bounds. */
class RefreshAndExpiryIT extends ApiTest {

    private JsonObject newSession(String name, long lifetimeSeconds) {
        String user = NativeApi.uniqueName(name);
        api.createUser(user, "correct horse battery");
        return api.login(Json.createObjectBuilder().add("login", user).add("password", "correct horse battery")
                .add("lifetimeSeconds", lifetimeSeconds)).json();
    }

    private HttpTestClient.Response refresh(String refreshToken) {
        return api.post("/api/v1/refresh", Json.createObjectBuilder().add("refreshToken", refreshToken).build().toString());
    }

    @Test
    void aReplayedRefreshTokenRevokesTheWholeFamily() {
        JsonObject login = newSession("ivy", 3600);
        String first = login.getString("refreshToken");
        JsonObject rotated = refresh(first).json();
        String access = rotated.getString("accessToken");

        HttpTestClient.Response replay = refresh(first);

        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.json().getString("type")).isEqualTo("urn:authgate:problem:invalid-refresh-token");
        assertThat(api.get("/api/v1/session", "Authorization", bearer(access)).status()).as("access token of the family")
                .isEqualTo(401);
        assertThat(refresh(rotated.getString("refreshToken")).status()).as("the newest refresh token too")
                .isEqualTo(401);
        assertThat(NativeApi.audit("SELECT * FROM audit_records WHERE session_id = ?::uuid AND event = 'REFRESH_REUSE_DETECTED'",
                login.getString("sessionId"))).hasSize(1);
        assertThat(NativeApi.audit("SELECT state, end_reason FROM sessions WHERE id = ?::uuid", login.getString("sessionId"))
                .get(0)).containsEntry("state", "REVOKED").containsEntry("end_reason", "REFRESH_REUSE");
    }

    @Test
    void theReplacedAccessTokenWorksForOneSecondAfterARefreshThenNot() {
        JsonObject login = newSession("jack", 3600);
        String old = login.getString("accessToken");
        refresh(login.getString("refreshToken"));

        assertThat(api.get("/api/v1/session", "Authorization", bearer(old)).status()).isEqualTo(200);
        api.advanceClock(2);
        assertThat(api.get("/api/v1/session", "Authorization", bearer(old)).status()).isEqualTo(401);
    }

    @Test
    void anAccessTokenExpiresAtTheEndOfItsLifetimeButTheSessionCanBeRefreshed() {
        JsonObject login = newSession("kate", 60);
        String access = login.getString("accessToken");

        api.advanceClock(61);

        assertThat(api.get("/api/v1/session", "Authorization", bearer(access)).status()).isEqualTo(401);
        HttpTestClient.Response refreshed = refresh(login.getString("refreshToken"));
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        assertThat(api.get("/api/v1/session", "Authorization", bearer(refreshed.json().getString("accessToken")))
                .status()).isEqualTo(200);
    }

    @Test
    void aSessionWithoutRefreshEndsAtItsAbsoluteExpiryAndIsAudited() {
        String user = NativeApi.uniqueName("liam");
        api.createUser(user, "correct horse battery");
        JsonObject login = api.login(Json.createObjectBuilder().add("login", user).add("password", "correct horse battery")
                .add("lifetimeSeconds", 60).add("refresh", false)).json();
        assertThat(login.containsKey("refreshToken")).isFalse();

        api.advanceClock(61);

        assertThat(api.get("/api/v1/session", "Authorization", bearer(login.getString("accessToken"))).status())
                .isEqualTo(401);
        assertThat(NativeApi.audit("SELECT state, end_reason FROM sessions WHERE id = ?::uuid",
                login.getString("sessionId")).get(0)).containsEntry("state", "EXPIRED")
                .containsEntry("end_reason", "ABSOLUTE_EXPIRY");
        assertThat(NativeApi.auditOf(user)).extracting(r -> r.get("event")).endsWith("SESSION_EXPIRED");
    }

    @Test
    void anIdleSessionEndsAndCannotBeRefreshed() {
        JsonObject login = newSession("mia", 3600);

        api.advanceClock(8 * 3600 + 1);

        assertThat(refresh(login.getString("refreshToken")).status()).isEqualTo(401);
        assertThat(NativeApi.audit("SELECT end_reason FROM sessions WHERE id = ?::uuid", login.getString("sessionId"))
                .get(0)).containsEntry("end_reason", "IDLE_EXPIRY");
    }

    @Test
    void aLifetimeAboveTheMaximumIsRefusedWithAClearError() {
        String user = NativeApi.uniqueName("noah");
        api.createUser(user, "correct horse battery");

        HttpTestClient.Response tooLong = api.login(Json.createObjectBuilder().add("login", user)
                .add("password", "correct horse battery").add("lifetimeSeconds", 86401));

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().getString("type")).isEqualTo("urn:authgate:problem:lifetime-too-long");
        assertThat(tooLong.json().getString("detail")).contains("86400");
        assertThat(NativeApi.auditOf(user)).isEmpty();
        assertThat(api.login(Json.createObjectBuilder().add("login", user).add("password", "correct horse battery")
                .add("lifetimeSeconds", 0)).json().getString("type")).isEqualTo("urn:authgate:problem:invalid-lifetime");
    }
}
