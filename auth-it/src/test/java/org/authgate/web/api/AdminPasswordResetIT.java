package org.authgate.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.authgate.web.api.NativeApi.bearer;

import jakarta.json.Json;
import org.authgate.web.testing.HttpTestClient;
import org.junit.jupiter.api.Test;

/** The admin API's password paths: a reset ends the account's sessions by default; common passwords are refused. */
class AdminPasswordResetIT extends ApiTest {
    private static final String PASSWORD = "correct horse battery";

    private HttpTestClient.Response reset(String id, String body) {
        return api.post("/api/v1/admin/accounts/" + id + "/reset-password", body, "Authorization",
                bearer(api.adminToken()));
    }

    @Test
    void aResetEndsTheAccountsSessionsUnlessAskedToKeepThem() {
        String user = NativeApi.uniqueName("yann");
        String id = api.createUser(user, PASSWORD);
        String token = api.loggedIn(user, PASSWORD).getString("accessToken");

        HttpTestClient.Response r = reset(id, "{\"password\":\"temporary passphrase\",\"mustChangePassword\":false}");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(api.get("/api/v1/session", "Authorization", bearer(token)).status()).isEqualTo(401);
        assertThat(NativeApi.auditOf(user)).extracting(row -> row.get("event")).contains("SESSION_REVOKED");

        String kept = api.loggedIn(user, "temporary passphrase").getString("accessToken");
        assertThat(reset(id, "{\"password\":\"another passphrase\",\"mustChangePassword\":false,"
                + "\"endSessions\":false}").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/session", "Authorization", bearer(kept)).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/session", "Authorization", bearer(api.adminToken())).status())
                .as("the administrator's own session").isEqualTo(200);
    }

    @Test
    void aCommonPasswordIsRefusedWhenCreatingOrResettingAnAccount() {
        String user = NativeApi.uniqueName("zoe");
        HttpTestClient.Response created = api.post("/api/v1/admin/accounts", Json.createObjectBuilder()
                .add("username", user).add("password", "Iloveyou123").build().toString(), "Authorization",
                bearer(api.adminToken()));

        assertThat(created.status()).as(created.toString()).isEqualTo(400);
        assertThat(created.json().getString("type")).isEqualTo("urn:authgate:problem:weak-password");
        assertThat(created.json().getString("detail")).contains("most common passwords");
        assertThat(NativeApi.count("SELECT count(*) FROM accounts WHERE username = ?", user)).isZero();

        String id = api.createUser(user, PASSWORD);
        HttpTestClient.Response reset = reset(id, "{\"password\":\"qwertyuiop\"}");
        assertThat(reset.status()).as(reset.toString()).isEqualTo(400);
        assertThat(reset.json().getString("type")).isEqualTo("urn:authgate:problem:weak-password");
        assertThat(api.login(user, PASSWORD).status()).isEqualTo(200);
    }
}
