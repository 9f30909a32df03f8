package org.authgate.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.authgate.web.api.NativeApi.bearer;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.authgate.web.testing.HttpTestClient;
import org.junit.jupiter.api.Test;

/** TOTP: enrolment, the second-factor step of a login, and no replay of a used code. */
class SecondFactorIT extends ApiTest {

    /** Enrols a new user's TOTP and returns its secret. */
    private String enrolled(String user) {
        api.createUser(user, "correct horse battery");
        return api.enrolledInTotp(user, "correct horse battery");
    }

    @Test
    void aLoginNeedsTheSecondFactorAndARightCodeOpensTheSessionOnce() {
        String user = NativeApi.uniqueName("olga");
        String secret = enrolled(user);

        JsonObject pending = api.login(user, "correct horse battery").json();
        assertThat(pending.getString("status")).isEqualTo("SECOND_FACTOR_REQUIRED");
        assertThat(pending.containsKey("accessToken")).isFalse();
        String challenge = pending.getString("challenge");
        assertThat(api.get("/api/v1/session", "Authorization", bearer(challenge)).status())
                .as("a challenge is not an access token").isEqualTo(401);

        String code = TotpCodes.at(secret, api.serverNow());
        HttpTestClient.Response done = api.post("/api/v1/login/second-factor",
                Json.createObjectBuilder().add("challenge", challenge).add("code", code).build().toString());
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(api.get("/api/v1/session", "Authorization", bearer(done.json().getString("accessToken"))).status())
                .isEqualTo(200);

        String again = api.login(user, "correct horse battery").json().getString("challenge");
        HttpTestClient.Response replay = api.post("/api/v1/login/second-factor",
                Json.createObjectBuilder().add("challenge", again).add("code", code).build().toString());
        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.json().getString("type")).isEqualTo("urn:authgate:problem:invalid-second-factor");
        assertThat(NativeApi.auditOf(user)).extracting(r -> r.get("event"))
                .contains("SECOND_FACTOR_REQUIRED", "LOGIN_SUCCEEDED", "LOGIN_FAILED");
    }

    @Test
    void passwordAndCodeInOneRequestLogIn() {
        String user = NativeApi.uniqueName("paul");
        String secret = enrolled(user);

        HttpTestClient.Response login = api.login(Json.createObjectBuilder().add("login", user)
                .add("password", "correct horse battery").add("code", TotpCodes.at(secret, api.serverNow())));

        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(login.json().getString("status")).isEqualTo("AUTHENTICATED");
    }
}
