package org.authgate.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.authgate.web.api.NativeApi.bearer;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.authgate.web.testing.HttpTestClient;
import org.junit.jupiter.api.Test;

/**
 * The admin API authorises from the account as it is now, not as it was at the login (issue 12, finding 1): a
 * role change bites at the caller's next request, on a token the node already remembers, and a refresh token
 * mints tokens with the current roles. An administrator cannot lift, nor put, a ban or disable on their own account.
 */
class AdminCurrentStateIT extends ApiTest {
    private static final String PASSWORD = "correct horse battery";
    private static final String ACCOUNTS = "/api/v1/admin/accounts";

    @Test
    void aDemotedAdministratorLosesTheAdminApiAtOnceAndTheirRefreshTokenMintsNoAdminToken() {
        String name = NativeApi.uniqueName("ad2x");
        String id = api.createUser(name, PASSWORD, "admin");
        JsonObject login = api.loggedIn(name, PASSWORD);
        String token = login.getString("accessToken");
        // Twice: the second answer comes from the node's memory of the verified session, as a busy client's would.
        assertThat(api.get(ACCOUNTS, "Authorization", bearer(token)).status()).isEqualTo(200);
        assertThat(api.get(ACCOUNTS, "Authorization", bearer(token)).status()).isEqualTo(200);

        assertThat(patchRoles(id, "[]", api.adminToken()).status()).isEqualTo(200);

        isForbidden(api.get(ACCOUNTS, "Authorization", bearer(token)));
        isForbidden(api.get("/api/v1/admin/sessions", "Authorization", bearer(token)));
        isForbidden(api.get("/api/v1/admin/audit", "Authorization", bearer(token)));
        assertThat(api.get("/api/v1/session", "Authorization", bearer(token)).status())
                .as("still a valid session of an ordinary user").isEqualTo(200);
        HttpTestClient.Response introspected = api.send("POST", "/api/v1/introspect", "token=" + token,
                "application/x-www-form-urlencoded", "Authorization", bearer(api.adminToken()));
        assertThat(introspected.json().getBoolean("active")).as(introspected.toString()).isTrue();
        assertThat(introspected.json().getString("scope")).as("introspection tells the roles held now").isEmpty();

        HttpTestClient.Response refreshed = api.post("/api/v1/refresh", Json.createObjectBuilder()
                .add("refreshToken", login.getString("refreshToken")).build().toString());
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        String next = refreshed.json().getString("accessToken");
        isForbidden(api.get(ACCOUNTS, "Authorization", bearer(next)));
        JsonObject session = api.get("/api/v1/session", "Authorization", bearer(next)).json();
        assertThat(session.getJsonObject("session").getJsonArray("roles")).as("the refreshed session's roles").isEmpty();
        assertThat(NativeApi.count("SELECT count(*) FROM sessions WHERE username = ? AND roles IS NOT NULL", name))
                .as("no stored session of the account holds a role").isZero();
    }

    @Test
    void aPromotionOpensTheAdminApiAtTheNextRequest() {
        String name = NativeApi.uniqueName("pro");
        String id = api.createUser(name, PASSWORD);
        String token = api.loggedIn(name, PASSWORD).getString("accessToken");
        isForbidden(api.get(ACCOUNTS, "Authorization", bearer(token)));

        assertThat(patchRoles(id, "[\"admin\"]", api.adminToken()).status()).isEqualTo(200);

        assertThat(api.get(ACCOUNTS, "Authorization", bearer(token)).status()).isEqualTo(200);
    }

    @Test
    void anAdministratorCannotLiftNorPutABanOrDisableOnTheirOwnAccountNorDemoteThemselves() {
        String name = NativeApi.uniqueName("self");
        String id = api.createUser(name, PASSWORD, "admin");
        String token = api.loggedIn(name, PASSWORD).getString("accessToken");
        String own = ACCOUNTS + "/" + id;

        isForbidden(api.post(own + "/unban", "", "Authorization", bearer(token)));
        isForbidden(api.post(own + "/enable", "", "Authorization", bearer(token)));
        isForbidden(api.post(own + "/ban", "{\"reason\":\"oops\"}", "Authorization", bearer(token)));
        isForbidden(api.post(own + "/disable", "", "Authorization", bearer(token)));
        isForbidden(patchRoles(id, "[\"support\"]", token));
        assertThat(NativeApi.count("SELECT count(*) FROM audit_records WHERE event = 'ADMIN_ACTION' AND actor = ?",
                name)).as("nothing was done").isZero();
        HttpTestClient.Response profile = api.send("PATCH", own, "{\"firstName\":\"Self\",\"roles\":[\"admin\",\"x\"]}",
                "application/json", "Authorization", bearer(token));
        assertThat(profile.status()).as("the own profile stays editable: " + profile).isEqualTo(200);

        // Another administrator can, and the account's sessions end with the ban.
        assertThat(api.post(own + "/ban", "{\"reason\":\"review\"}", "Authorization", bearer(api.adminToken()))
                .status()).isEqualTo(200);
        assertThat(api.get(ACCOUNTS, "Authorization", bearer(token)).status()).isEqualTo(401);
        assertThat(api.post(own + "/unban", "", "Authorization", bearer(api.adminToken())).status()).isEqualTo(200);
    }

    @Test
    void anAdministratorsPasswordResetEndsTheAccountsSessionsUnlessAskedNotTo() {
        String name = NativeApi.uniqueName("reset");
        String id = api.createUser(name, PASSWORD);
        String token = api.loggedIn(name, PASSWORD).getString("accessToken");
        assertThat(api.get("/api/v1/session", "Authorization", bearer(token)).status()).isEqualTo(200);

        HttpTestClient.Response reset = api.post(ACCOUNTS + "/" + id + "/reset-password",
                "{\"password\":\"another long password\",\"mustChangePassword\":false}",
                "Authorization", bearer(api.adminToken()));

        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        assertThat(api.get("/api/v1/session", "Authorization", bearer(token)).status()).isEqualTo(401);
        String kept = api.loggedIn(name, "another long password").getString("accessToken");
        assertThat(api.post(ACCOUNTS + "/" + id + "/reset-password", "{\"password\":\"a third long password\","
                        + "\"mustChangePassword\":false,\"endSessions\":false}", "Authorization",
                bearer(api.adminToken())).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/session", "Authorization", bearer(kept)).status()).isEqualTo(200);
    }

    private HttpTestClient.Response patchRoles(String id, String roles, String token) {
        return api.send("PATCH", ACCOUNTS + "/" + id, "{\"roles\":" + roles + "}", "application/json",
                "Authorization", bearer(token));
    }

    private static void isForbidden(HttpTestClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.json().getString("type")).isEqualTo("urn:authgate:problem:forbidden");
    }
}
