package org.authgate.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.authgate.web.api.NativeApi.bearer;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.authgate.web.testing.HttpTestClient;
import org.junit.jupiter.api.Test;

/** The whole life of a session through the native API, with the audit row each step leaves in PostgreSQL. */
class SessionLifecycleIT extends ApiTest {

    @Test
    void loginVerifyRefreshLogoutThenTheTokenIsRefusedAndEveryStepIsAudited() {
        String alice = NativeApi.uniqueName("alice");
        String subject = api.createUser(alice, "correct horse battery");

        JsonObject login = api.login(Json.createObjectBuilder().add("login", alice).add("password", "correct horse battery")
                .add("clientId", "it-app")).json();
        assertThat(login.getString("status")).isEqualTo("AUTHENTICATED");
        assertThat(login.getString("subject")).isEqualTo(subject);
        assertThat(login.getString("tokenType")).isEqualTo("Bearer");
        assertThat(login.getString("accessToken")).hasSizeGreaterThanOrEqualTo(43);
        String sessionId = login.getString("sessionId");
        String access = login.getString("accessToken");

        HttpTestClient.Response current = api.get("/api/v1/session", "Authorization", bearer(access));
        assertThat(current.status()).as(current.toString()).isEqualTo(200);
        assertThat(current.json().getJsonObject("session").getString("id")).isEqualTo(sessionId);
        assertThat(current.json().getJsonObject("identity").getString("username")).isEqualTo(alice);

        HttpTestClient.Response refreshed = api.post("/api/v1/refresh",
                Json.createObjectBuilder().add("refreshToken", login.getString("refreshToken")).build().toString());
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        String newAccess = refreshed.json().getString("accessToken");
        assertThat(newAccess).isNotEqualTo(access);
        assertThat(refreshed.json().getString("refreshToken")).isNotEqualTo(login.getString("refreshToken"));
        assertThat(refreshed.json().getString("sessionId")).isEqualTo(sessionId);

        HttpTestClient.Response logout = api.post("/api/v1/logout", "", "Authorization", bearer(newAccess));
        assertThat(logout.status()).as(logout.toString()).isEqualTo(204);

        HttpTestClient.Response after = api.get("/api/v1/session", "Authorization", bearer(newAccess));
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.contentType()).startsWith("application/problem+json");
        assertThat(after.json().getString("type")).isEqualTo("urn:authgate:problem:invalid-token");

        List<Map<String, String>> audit = NativeApi.auditOf(alice);
        assertThat(audit).extracting(r -> r.get("event"))
                .containsExactly("LOGIN_SUCCEEDED", "TOKEN_REFRESHED", "LOGGED_OUT");
        for (Map<String, String> row : audit) {
            assertThat(row.get("outcome")).isEqualTo("SUCCESS");
            assertThat(row.get("tenant")).isEqualTo("default");
            assertThat(row.get("connector")).isEqualTo("local");
            assertThat(row.get("dialect")).isEqualTo("native");
            assertThat(row.get("subject")).isEqualTo(subject);
            assertThat(row.get("session_id")).isEqualTo(sessionId);
            assertThat(row.get("remote_address")).isEqualTo(api.address());
            assertThat(row.get("user_agent")).isNotBlank();
        }
        assertThat(audit.get(0).get("client_id")).isEqualTo("it-app");
        assertThat(audit.get(2).get("reason")).isEqualTo("LOGOUT");

        Map<String, String> row = NativeApi.audit("SELECT state, end_reason, access_token_hash FROM sessions WHERE id = ?::uuid",
                sessionId).get(0);
        assertThat(row.get("state")).isEqualTo("LOGGED_OUT");
        assertThat(row.get("end_reason")).isEqualTo("LOGOUT");
        assertThat(row.get("access_token_hash")).hasSize(64).doesNotContain(newAccess);
    }

    @Test
    void aJwtAccessTokenIsSignedWithAPublishedKeyAndRefusedOnceItsSessionEnds() {
        String bob = NativeApi.uniqueName("bob");
        api.createUser(bob, "correct horse battery");
        JsonObject login = api.login(Json.createObjectBuilder().add("login", bob).add("password", "correct horse battery")
                .add("tokenFormat", "jwt")).json();
        String jwt = login.getString("accessToken");
        assertThat(jwt.split("\\.")).hasSize(3);
        String header = new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[0]));
        assertThat(header).contains("\"alg\":\"ES256\"").contains("\"kid\"");

        JsonObject jwks = api.get("/.well-known/jwks.json").json();
        assertThat(jwks.getJsonArray("keys").getJsonObject(0).getString("kty")).isEqualTo("EC");
        assertThat(jwks.toString()).doesNotContain("\"d\"");

        assertThat(api.get("/api/v1/session", "Authorization", bearer(jwt)).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/logout", "", "Authorization", bearer(jwt)).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/session", "Authorization", bearer(jwt)).status()).isEqualTo(401);
    }

    @Test
    void introspectionFollowsRfc7662() {
        String carol = NativeApi.uniqueName("carol");
        String subject = api.createUser(carol, "correct horse battery");
        String token = api.loggedIn(carol, "correct horse battery").getString("accessToken");

        JsonObject active = api.http().send("POST", "/api/v1/introspect", "token=" + token,
                "application/x-www-form-urlencoded", "Authorization", IntrospectionAccessIT.resourceServer()).json();
        assertThat(active.getBoolean("active")).isTrue();
        assertThat(active.getString("sub")).isEqualTo(subject);
        assertThat(active.getString("username")).isEqualTo(carol);
        assertThat(active.getString("token_type")).isEqualTo("Bearer");

        JsonObject unknown = api.post("/api/v1/introspect", "{\"token\":\"not-a-token\"}",
                "Authorization", bearer(api.adminToken())).json();
        assertThat(unknown).isEqualTo(Json.createObjectBuilder().add("active", false).build());
    }

    @Test
    void connectorsDescribeTheirLoginForms() {
        HttpTestClient.Response connectors = api.get("/api/v1/connectors");

        assertThat(connectors.status()).isEqualTo(200);
        JsonObject local = connectors.jsonArray().getJsonObject(0);
        assertThat(local.getString("id")).isEqualTo("local");
        assertThat(local.getJsonArray("form").getValuesAs(JsonObject.class)).extracting(f -> f.getString("name"))
                .containsExactly("login", "password", "code");
    }

    @Test
    void theAdminApiListsAndRevokesSessionsAndNeedsTheAdminRole() {
        String dave = NativeApi.uniqueName("dave");
        api.createUser(dave, "correct horse battery");
        JsonObject login = api.loggedIn(dave, "correct horse battery");

        HttpTestClient.Response list = api.get("/api/v1/admin/sessions?username=" + dave, "Authorization",
                bearer(api.adminToken()));
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().getJsonArray("items").getJsonObject(0).getString("id"))
                .isEqualTo(login.getString("sessionId"));

        HttpTestClient.Response forbidden = api.get("/api/v1/admin/sessions", "Authorization",
                bearer(login.getString("accessToken")));
        assertThat(forbidden.status()).isEqualTo(403);

        HttpTestClient.Response revoked = api.delete("/api/v1/admin/sessions/" + login.getString("sessionId"),
                "Authorization", bearer(api.adminToken()));
        assertThat(revoked.status()).isEqualTo(204);
        assertThat(api.get("/api/v1/session", "Authorization", bearer(login.getString("accessToken"))).status())
                .isEqualTo(401);

        List<Map<String, String>> audit = NativeApi.audit(
                "SELECT * FROM audit_records WHERE event = 'SESSION_REVOKED' AND session_id = ?::uuid",
                login.getString("sessionId"));
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).get("actor")).isEqualTo(NativeApi.ADMIN);
        assertThat(audit.get(0).get("dialect")).isEqualTo("admin");

        HttpTestClient.Response search = api.get("/api/v1/admin/audit?event=SESSION_REVOKED&actor=" + NativeApi.ADMIN,
                "Authorization", bearer(api.adminToken()));
        assertThat(search.status()).isEqualTo(200);
        assertThat(search.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .anyMatch(r -> r.getString("sessionId").equals(login.getString("sessionId")));
    }
}
