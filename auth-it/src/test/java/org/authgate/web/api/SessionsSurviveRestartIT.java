package org.authgate.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.authgate.web.api.NativeApi.bearer;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Nothing lives only in one server's memory: sessions, refresh tokens and JWT keys survive a new JVM. */
class SessionsSurviveRestartIT extends RestartTest {


    @Test
    void activeSessionsStillVerifyAfterARestart() {
        started();
        NativeApi api = new NativeApi();
        String user = NativeApi.uniqueName("vera");
        api.createUser(user, "correct horse battery");
        JsonObject opaque = api.loggedIn(user, "correct horse battery");
        JsonObject jwt = api.login(Json.createObjectBuilder().add("login", user).add("password", "correct horse battery")
                .add("tokenFormat", "jwt")).json();

        server.restart();

        assertThat(api.get("/api/v1/session", "Authorization", bearer(opaque.getString("accessToken"))).status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/session", "Authorization", bearer(jwt.getString("accessToken"))).status())
                .as("the JWT signing key came from the database").isEqualTo(200);
        assertThat(api.post("/api/v1/refresh", Json.createObjectBuilder()
                .add("refreshToken", opaque.getString("refreshToken")).build().toString()).status()).isEqualTo(200);
    }
}
