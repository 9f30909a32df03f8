package org.authgate.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.authgate.web.api.NativeApi.bearer;

import jakarta.json.Json;
import org.authgate.web.testing.HttpTestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Administrators need a second factor on the admin API (authgate.admin.require-second-factor, on by default). The
 * shared IT server runs with the rule off (its bootstrap administrator has no TOTP and logs in many times a minute),
 * so these tests turn it on through the test-support switch and put it back afterwards.
 */
class AdminSecondFactorIT extends ApiTest {
    private static final String PASSWORD = "correct horse battery";

    @AfterEach
    void backToTheServersSetting() {
        api.requireAdminSecondFactor(null);
    }

    private HttpTestClient.Response accounts(String token) {
        return api.get("/api/v1/admin/accounts?limit=1", "Authorization", bearer(token));
    }

    @Test
    void anAdministratorWithoutTotpGetsASecondFactorRequiredProblemUntilEnrolled() {
        String admin = NativeApi.uniqueName("adm-ada");
        api.createUser(admin, PASSWORD, "admin");
        String token = api.loggedIn(admin, PASSWORD).getString("accessToken");
        String older = api.loggedIn(admin, PASSWORD).getString("accessToken");
        String user = NativeApi.uniqueName("usr-ada");
        api.createUser(user, PASSWORD);
        String userToken = api.loggedIn(user, PASSWORD).getString("accessToken");
        api.requireAdminSecondFactor(true);

        HttpTestClient.Response refused = accounts(token);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("type")).isEqualTo("urn:authgate:problem:second-factor-required");
        assertThat(refused.json().getString("detail")).contains("/api/v1/totp/enrollment");
        HttpTestClient.Response notAdmin = accounts(userToken);
        assertThat(notAdmin.json().getString("type")).as("only an administrator learns about the factor")
                .isEqualTo("urn:authgate:problem:forbidden");

        String secret = TotpEnrolment.enrol(api, token, PASSWORD);

        assertThat(accounts(token).status()).as("the session that enrolled").isEqualTo(200);
        assertThat(accounts(older).status()).as("a session opened with the password alone ended").isEqualTo(401);
        api.advanceClock(30);
        assertThat(api.login(admin, PASSWORD).json().getString("status")).isEqualTo("SECOND_FACTOR_REQUIRED");
        HttpTestClient.Response withCode = api.login(Json.createObjectBuilder().add("login", admin)
                .add("password", PASSWORD).add("code", TotpCodes.at(secret, api.serverNow())));
        assertThat(withCode.status()).as(withCode.toString()).isEqualTo(200);
        assertThat(accounts(withCode.json().getString("accessToken")).status()).isEqualTo(200);
    }

    @Test
    void removingOnesOwnFactorNeedsThePasswordAndClosesTheAdminApiAgain() {
        String admin = NativeApi.uniqueName("adm-bea");
        String id = api.createUser(admin, PASSWORD, "admin");
        String token = api.loggedIn(admin, PASSWORD).getString("accessToken");
        TotpEnrolment.enrol(api, token, PASSWORD);
        api.requireAdminSecondFactor(true);
        assertThat(accounts(token).status()).isEqualTo(200);

        HttpTestClient.Response viaAdminApi = api.post("/api/v1/admin/accounts/" + id + "/reset-totp", "",
                "Authorization", bearer(token));
        assertThat(viaAdminApi.status()).as(viaAdminApi.toString()).isEqualTo(403);
        assertThat(viaAdminApi.json().getString("detail")).contains("/api/v1/totp/reset");
        HttpTestClient.Response wrong = api.post("/api/v1/totp/reset", "{\"password\":\"not it\"}",
                "Authorization", bearer(token));
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.json().getString("type")).isEqualTo("urn:authgate:problem:wrong-password");
        assertThat(accounts(token).status()).as("nothing changed").isEqualTo(200);

        HttpTestClient.Response reset = api.post("/api/v1/totp/reset", "{\"password\":\"" + PASSWORD + "\"}",
                "Authorization", bearer(token));

        assertThat(reset.status()).as(reset.toString()).isEqualTo(204);
        assertThat(accounts(token).json().getString("type"))
                .isEqualTo("urn:authgate:problem:second-factor-required");
        assertThat(api.login(admin, PASSWORD).json().getString("status")).isEqualTo("AUTHENTICATED");
    }

    @Test
    void withTheRuleOffAnAdministratorWithoutTotpIsServed() {
        String admin = NativeApi.uniqueName("adm-cid");
        api.createUser(admin, PASSWORD, "admin");
        String token = api.loggedIn(admin, PASSWORD).getString("accessToken");
        api.requireAdminSecondFactor(false);

        assertThat(accounts(token).status()).isEqualTo(200);
    }
}
