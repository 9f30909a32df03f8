package org.authgate.web.dialect.wazo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.authgate.web.dialect.wazo.WazoClient.AUTH;
import static org.authgate.web.dialect.wazo.WazoClient.CONFD;
import static org.authgate.web.dialect.wazo.WazoClient.assertWazoError;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.authgate.web.api.NativeApi;
import org.authgate.web.testing.HttpTestClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * wazo-auth's token API over HTTPS, request by request as {@code @wazo/sdk} sends them (the seed's
 * {@code Wazo.Auth.logIn} example and what follows it), with the audit rows each step leaves.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WazoAuthIT {
    private static final String PASSWORD = "correct horse battery";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return NativeApi.deployment();
    }

    private final WazoClient wazo = new WazoClient();

    private String user(String name) {
        return wazo.api.createUser(name, PASSWORD);
    }

    @Test
    void basicLoginAnswersWazosTokenBodyWithARefreshTokenForAnOfflineClientAndIsAudited() {
        String alice = NativeApi.uniqueName("alice");
        String uuid = user(alice);

        HttpTestClient.Response response = wazo.logIn(alice, PASSWORD, "wazo-desktop");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("Wazo-Sessions-Revoked")).contains("0");
        assertThat(response.header("wazo-stack-host")).isEmpty();
        JsonObject data = response.json().getJsonObject("data");
        assertThat(data.keySet()).containsExactlyInAnyOrder("token", "auth_id", "xivo_user_uuid", "xivo_uuid",
                "issued_at", "expires_at", "utc_issued_at", "utc_expires_at", "acl", "session_uuid", "remote_addr",
                "user_agent", "metadata", "refresh_token");
        assertThat(data.getString("token")).as("wazo-auth's shape, a version-4 UUID").matches(WazoClient.UUID_V4)
                .isNotEqualTo(data.getString("refresh_token"));
        assertThat(data.getString("auth_id")).isEqualTo(uuid);
        assertThat(data.getString("xivo_user_uuid")).isEqualTo(uuid);
        assertThat(data.getString("xivo_uuid")).matches("[0-9a-f-]{36}");
        for (String time : List.of("issued_at", "expires_at", "utc_issued_at", "utc_expires_at")) {
            assertThat(data.getString(time)).matches(WazoClient.WAZO_TIME);
        }
        assertThat(Duration.between(LocalDateTime.parse(data.getString("utc_issued_at")),
                LocalDateTime.parse(data.getString("utc_expires_at")))).isEqualTo(Duration.ofSeconds(3600));
        assertThat(data.getJsonArray("acl").getValuesAs(jakarta.json.JsonString::getString))
                .contains("confd.users.me.read", "confd.infos.read", "auth.users.me.#");
        assertThat(data.getString("remote_addr")).isEqualTo(wazo.address);
        assertThat(data.getString("user_agent")).isEqualTo("wazo-it");
        JsonObject metadata = data.getJsonObject("metadata");
        assertThat(metadata.getString("uuid")).isEqualTo(uuid);
        assertThat(metadata.getString("tenant_uuid")).isEqualTo("default");
        assertThat(metadata.getString("auth_id")).isEqualTo(uuid);
        assertThat(metadata.getString("pbx_user_uuid")).isEqualTo(uuid);
        assertThat(metadata.getString("xivo_uuid")).isEqualTo(data.getString("xivo_uuid"));
        assertThat(metadata.getString("purpose")).isEqualTo("user");
        assertThat(metadata.getBoolean("admin")).isFalse();
        assertThat(metadata.containsKey("jwt")).isFalse();

        List<Map<String, String>> audit = NativeApi.auditOf(alice);
        assertThat(audit).extracting(r -> r.get("event")).containsExactly("LOGIN_SUCCEEDED");
        assertThat(audit.get(0).get("dialect")).isEqualTo("wazo");
        assertThat(audit.get(0).get("client_id")).isEqualTo("wazo-desktop");
        assertThat(audit.get(0).get("session_id")).isEqualTo(data.getString("session_uuid"));
        assertThat(audit.get(0).get("remote_address")).isEqualTo(wazo.address);
    }

    @Test
    void anOnlineLoginHasNoRefreshTokenAndAMobileSessionIsListedAsMobile() {
        String bob = NativeApi.uniqueName("bob");
        String uuid = user(bob);

        HttpTestClient.Response response = wazo.send("POST", AUTH + "/token", "{\"expiration\": 60}",
                "application/json", "Authorization", WazoClient.basic(bob, PASSWORD), "Wazo-Session-Type", "mobile");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonObject data = response.json().getJsonObject("data");
        assertThat(data.containsKey("refresh_token")).isFalse();
        assertThat(Duration.between(LocalDateTime.parse(data.getString("utc_issued_at")),
                LocalDateTime.parse(data.getString("utc_expires_at")))).isEqualTo(Duration.ofSeconds(60));
        HttpTestClient.Response sessions = wazo.get(AUTH + "/users/" + uuid + "/sessions",
                "X-Auth-Token", data.getString("token"));
        assertThat(sessions.status()).as(sessions.toString()).isEqualTo(200);
        assertThat(sessions.json().getInt("total")).isEqualTo(1);
        JsonObject item = sessions.json().getJsonArray("items").getJsonObject(0);
        assertThat(item.getString("uuid")).isEqualTo(data.getString("session_uuid"));
        assertThat(item.getString("user_uuid")).isEqualTo(uuid);
        assertThat(item.getString("tenant_uuid")).isEqualTo("default");
        assertThat(item.getBoolean("mobile")).isTrue();
    }

    @Test
    void wrongPasswordUnknownUserAndMissingBasicAllAnswerAuthenticationFailedAndFailuresAreAudited() {
        String carol = NativeApi.uniqueName("carol");
        user(carol);

        HttpTestClient.Response wrong = wazo.logIn(carol, "not the password", "wazo-desktop");
        HttpTestClient.Response unknown = wazo.logIn(NativeApi.uniqueName("nobody"), PASSWORD, "wazo-desktop");
        HttpTestClient.Response noBasic = wazo.send("POST", AUTH + "/token", "{}", "application/json");
        HttpTestClient.Response unknownBackend = wazo.createToken(carol, PASSWORD, "{\"backend\":\"ldap_user\"}");

        assertWazoError(wrong, 401, "Authentication Failed");
        assertWazoError(unknown, 401, "Authentication Failed");
        assertWazoError(noBasic, 401, "Authentication Failed");
        assertWazoError(unknownBackend, 401, "Authentication Failed");
        List<Map<String, String>> audit = NativeApi.auditOf(carol);
        assertThat(audit).extracting(r -> r.get("event")).containsExactly("LOGIN_FAILED");
        assertThat(audit.get(0).get("dialect")).isEqualTo("wazo");
        assertThat(audit.get(0).get("outcome")).isEqualTo("FAILURE");
    }

    @Test
    void invalidBodiesAreRefusedWith400InWazosFormat() {
        String dave = NativeApi.uniqueName("dave");
        user(dave);

        assertWazoError(wazo.createToken(dave, PASSWORD, "{\"expiration\": 0}"), 400,
                "Invalid value supplied for field: expiration");
        assertWazoError(wazo.createToken(dave, PASSWORD, "{\"expiration\": 315360001}"), 400,
                "Invalid value supplied for field: expiration");
        assertWazoError(wazo.createToken(dave, PASSWORD, "{\"expiration\": \"soon\"}"), 400,
                "Invalid value supplied for field: expiration");
        assertWazoError(wazo.createToken(dave, PASSWORD, "{\"access_type\": \"forever\"}"), 400,
                "Invalid value supplied for field: access_type");
        assertWazoError(wazo.createToken(dave, PASSWORD, "{\"access_type\": \"offline\"}"), 400,
                "the client_id is required with access_type offline");
        assertWazoError(wazo.createToken(dave, PASSWORD, "{\"refresh_token\": \"x\"}"), 400,
                "the client_id is required with a refresh_token");
        assertWazoError(wazo.createToken(dave, PASSWORD, "{\"tenant_id\": \"a\", \"domain_name\": \"b\"}"), 400,
                "tenant_id and domain_name are mutually exclusive");
        assertWazoError(wazo.createToken(dave, PASSWORD, "{\"expiration\": "), 400, "Invalid JSON body");
        assertThat(NativeApi.auditOf(dave)).isEmpty();
    }

    @Test
    void anExpirationAboveTheConfiguredMaximumIsAClear400() {
        String erin = NativeApi.uniqueName("erin");
        user(erin);

        HttpTestClient.Response response = wazo.createToken(erin, PASSWORD, "{\"expiration\": 315360000}");

        assertWazoError(response, 400, null);
        assertThat(response.json().getJsonArray("reason").getString(0))
                .contains("exceeds the maximum of 86400 seconds");
    }

    @Test
    void theSameRefreshTokenGivesNewTokensAgainAndAgainWithoutARefreshTokenInTheAnswer() {
        String frank = NativeApi.uniqueName("frank");
        String uuid = user(frank);
        JsonObject login = wazo.loggedIn(frank, PASSWORD, "wazo-desktop");
        String refreshToken = login.getString("refresh_token");

        HttpTestClient.Response first = wazo.refresh(refreshToken, "wazo-desktop", 3600);
        HttpTestClient.Response second = wazo.refresh(refreshToken, "wazo-desktop", 120);

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(first.header("Wazo-Sessions-Revoked")).contains("0");
        JsonObject one = first.json().getJsonObject("data");
        JsonObject two = second.json().getJsonObject("data");
        assertThat(one.containsKey("refresh_token")).isFalse();
        assertThat(one.getJsonObject("metadata").getString("uuid")).isEqualTo(uuid);
        assertThat(List.of(login.getString("token"), one.getString("token"), two.getString("token"))).doesNotHaveDuplicates();
        assertThat(Duration.between(LocalDateTime.parse(two.getString("utc_issued_at")),
                LocalDateTime.parse(two.getString("utc_expires_at")))).isEqualTo(Duration.ofSeconds(120));
        for (String token : List.of(login.getString("token"), one.getString("token"), two.getString("token"))) {
            assertThat(wazo.get(AUTH + "/token/" + token).status()).isEqualTo(200);
        }

        assertWazoError(wazo.refresh(refreshToken, "another-app", 3600), 401, "Authentication Failed");
        assertWazoError(wazo.refresh("not-a-refresh-token", "wazo-desktop", 3600), 401, "Authentication Failed");

        List<Map<String, String>> audit = NativeApi.auditOf(frank);
        assertThat(audit).extracting(r -> r.get("event"))
                .containsExactly("LOGIN_SUCCEEDED", "TOKEN_REFRESHED", "TOKEN_REFRESHED");
        assertThat(audit).allSatisfy(r -> assertThat(r.get("dialect")).isEqualTo("wazo"));
        assertThat(NativeApi.audit("SELECT * FROM audit_records WHERE event = 'REFRESH_FAILED' AND dialect = 'wazo'"
                + " AND remote_address = ?", wazo.address)).hasSize(2);
    }

    @Test
    void checkingATokenAnswersItsBodyAndItsScopeIsMatchedWithWazosAclPatterns() {
        String grace = NativeApi.uniqueName("grace");
        String uuid = user(grace);
        String other = NativeApi.uniqueName("other");
        String otherUuid = user(other);
        JsonObject login = wazo.loggedIn(grace, PASSWORD, "wazo-desktop");
        String token = login.getString("token");

        HttpTestClient.Response check = wazo.get(AUTH + "/token/" + token);
        assertThat(check.status()).as(check.toString()).isEqualTo(200);
        JsonObject data = check.json().getJsonObject("data");
        assertThat(data.getString("token")).isEqualTo(token);
        assertThat(data.getString("session_uuid")).isEqualTo(login.getString("session_uuid"));
        assertThat(data.getString("utc_expires_at")).isEqualTo(login.getString("utc_expires_at"));
        assertThat(data.containsKey("refresh_token")).isFalse();
        assertThat(wazo.head(AUTH + "/token/" + token).status()).isEqualTo(204);

        for (String granted : List.of("confd.users.me.read", "confd.users." + uuid + ".read",
                "auth.users.me.tokens.wazo-desktop.delete", "confd.users.me.funckeys.read", "confd.infos.read")) {
            assertThat(wazo.get(AUTH + "/token/" + token + "?scope=" + granted).status()).as(granted).isEqualTo(200);
        }
        assertThat(wazo.get(AUTH + "/token/" + token + "?tenant=default").status()).isEqualTo(200);
        assertWazoError(wazo.get(AUTH + "/token/" + token + "?scope=confd.users." + otherUuid + ".read"), 403,
                "Unauthorized for confd.users." + otherUuid + ".read");
        assertWazoError(wazo.get(AUTH + "/token/" + token + "?scope=confd.users.me.update"), 403,
                "Unauthorized for confd.users.me.update");
        assertWazoError(wazo.get(AUTH + "/token/" + token + "?tenant=another-tenant"), 403, null);
        assertThat(wazo.head(AUTH + "/token/" + token + "?scope=calld.#").status()).isEqualTo(403);

        assertWazoError(wazo.get(AUTH + "/token/no-such-token"), 404, "No such token");
        assertThat(wazo.head(AUTH + "/token/no-such-token").status()).isEqualTo(404);
    }

    @Test
    void anAdministratorsAclComesFromItsRole() {
        String root = NativeApi.uniqueName("root");
        wazo.api.createUser(root, PASSWORD, "admin");
        String token = wazo.loggedIn(root, PASSWORD, "wazo-desktop").getString("token");

        assertThat(wazo.get(AUTH + "/token/" + token + "?scope=auth.sessions.read").status()).isEqualTo(200);
        assertThat(wazo.get(AUTH + "/token/" + token + "?scope=confd.lines.create").status()).isEqualTo(200);
        assertThat(wazo.get(AUTH + "/token/" + token + "?scope=calld.calls.read").status()).isEqualTo(403);
    }

    @Test
    void deletingATokenLogsItOutAndAlwaysAnswersSuccess() {
        String heidi = NativeApi.uniqueName("heidi");
        user(heidi);
        JsonObject login = wazo.loggedIn(heidi, PASSWORD, "wazo-desktop");

        HttpTestClient.Response deleted = wazo.delete(AUTH + "/token/" + login.getString("token"));

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json()).isEqualTo(Json.createObjectBuilder()
                .add("data", Json.createObjectBuilder().add("message", "success")).build());
        assertWazoError(wazo.get(AUTH + "/token/" + login.getString("token")), 404, "No such token");
        assertWazoError(wazo.refresh(login.getString("refresh_token"), "wazo-desktop", 3600), 401,
                "Authentication Failed");
        assertThat(wazo.delete(AUTH + "/token/" + login.getString("token")).status()).isEqualTo(200);
        List<Map<String, String>> audit = NativeApi.auditOf(heidi);
        assertThat(audit).extracting(r -> r.get("event"))
                .containsExactly("LOGIN_SUCCEEDED", "LOGGED_OUT", "REFRESH_FAILED");
        assertThat(audit).allSatisfy(r -> assertThat(r.get("dialect")).isEqualTo("wazo"));
    }

    @Test
    void theSdksLogoutRevokesTheClientsRefreshTokensThenTheOriginalToken() {
        String ivan = NativeApi.uniqueName("ivan");
        user(ivan);
        JsonObject login = wazo.loggedIn(ivan, PASSWORD, "wazo-desktop");
        String refreshed = wazo.refresh(login.getString("refresh_token"), "wazo-desktop", 3600).json()
                .getJsonObject("data").getString("token");

        assertWazoError(wazo.delete(AUTH + "/users/me/tokens/wazo-desktop"), 401, "Unauthorized");
        HttpTestClient.Response revoked = wazo.delete(AUTH + "/users/me/tokens/wazo-desktop", "X-Auth-Token", refreshed);

        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
        assertWazoError(wazo.refresh(login.getString("refresh_token"), "wazo-desktop", 3600), 401,
                "Authentication Failed");
        assertThat(wazo.get(AUTH + "/token/" + refreshed).status()).isEqualTo(200);
        assertThat(wazo.delete(AUTH + "/token/" + login.getString("token")).status()).isEqualTo(200);
        assertThat(wazo.get(AUTH + "/token/" + login.getString("token")).status()).isEqualTo(404);
        assertThat(NativeApi.auditOf(ivan)).extracting(r -> r.get("event") + "/" + r.get("dialect") + "/" + r.get("reason"))
                .containsExactly("LOGIN_SUCCEEDED/wazo/null", "TOKEN_REFRESHED/wazo/null",
                        "LOGGED_OUT/wazo/REFRESH_TOKEN_REVOKED", "REFRESH_FAILED/wazo/ENDED", "LOGGED_OUT/wazo/LOGOUT");
    }

    @Test
    void aUserListsAndEndsItsOwnSessionsAndOnlyAnAdministratorSeesTheTenants() {
        String judy = NativeApi.uniqueName("judy");
        String uuid = user(judy);
        JsonObject first = wazo.loggedIn(judy, PASSWORD, "wazo-desktop");
        JsonObject second = wazo.loggedIn(judy, PASSWORD, "wazo-mobile");
        String token = second.getString("token");

        HttpTestClient.Response mine = wazo.get(AUTH + "/users/" + uuid + "/sessions", "X-Auth-Token", token);
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(mine.json().getInt("total")).isEqualTo(2);
        assertThat(mine.json().getInt("filtered")).isEqualTo(2);
        assertThat(mine.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("uuid"))
                .containsExactlyInAnyOrder(first.getString("session_uuid"), second.getString("session_uuid"));
        assertWazoError(wazo.get(AUTH + "/users/" + uuid + "/sessions"), 401, "Unauthorized");
        assertWazoError(wazo.get(AUTH + "/sessions", "X-Auth-Token", token), 401, "Unauthorized");

        HttpTestClient.Response ended = wazo.delete(AUTH + "/users/" + uuid + "/sessions/"
                + first.getString("session_uuid"), "X-Auth-Token", token);
        assertThat(ended.status()).as(ended.toString()).isEqualTo(204);
        assertThat(wazo.get(AUTH + "/token/" + first.getString("token")).status()).isEqualTo(404);
        assertWazoError(wazo.delete(AUTH + "/users/" + uuid + "/sessions/" + first.getString("session_uuid"),
                "X-Auth-Token", token), 404, "No such session");

        String root = NativeApi.uniqueName("root");
        wazo.api.createUser(root, PASSWORD, "admin");
        String admin = wazo.loggedIn(root, PASSWORD, "wazo-desktop").getString("token");
        HttpTestClient.Response all = wazo.get(AUTH + "/sessions?limit=1000", "X-Auth-Token", admin);
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.json().getJsonArray("items").getValuesAs(JsonObject.class)).extracting(i -> i.getString("uuid"))
                .contains(second.getString("session_uuid")).doesNotContain(first.getString("session_uuid"));
        assertThat(wazo.delete(AUTH + "/sessions/" + second.getString("session_uuid"), "X-Auth-Token", admin).status())
                .isEqualTo(204);
        assertThat(wazo.get(AUTH + "/token/" + token).status()).isEqualTo(404);
        assertThat(NativeApi.auditOf(judy)).filteredOn(r -> "SESSION_REVOKED".equals(r.get("event"))).hasSize(2)
                .allSatisfy(r -> assertThat(r.get("dialect")).isEqualTo("wazo"));
    }

    @Test
    void confdServesTheCallersOwnProfileAndTheStacksInfosForTheSdksLogin() {
        String kim = NativeApi.uniqueName("kim");
        HttpTestClient.Response created = wazo.api.post("/api/v1/admin/accounts", Json.createObjectBuilder()
                .add("username", kim).add("password", PASSWORD).add("email", kim + "@mail.fr")
                .add("firstName", "prénom").add("lastName", "nom").build().toString(),
                "Authorization", NativeApi.bearer(wazo.api.adminToken()));
        String uuid = created.json().getString("id");
        JsonObject login = wazo.loggedIn(kim, PASSWORD, "wazo-desktop");
        String token = login.getString("token");

        HttpTestClient.Response user = wazo.get(CONFD + "/users/" + uuid, "X-Auth-Token", token);
        assertThat(user.status()).as(user.toString()).isEqualTo(200);
        JsonObject profile = user.json();
        assertThat(profile.getString("uuid")).isEqualTo(uuid);
        assertThat(profile.getString("firstname")).isEqualTo("prénom");
        assertThat(profile.getString("lastname")).isEqualTo("nom");
        assertThat(profile.getString("email")).isEqualTo(kim + "@mail.fr");
        assertThat(profile.getJsonArray("lines")).isEmpty();
        for (String forward : List.of("unconditional", "noanswer", "busy")) {
            JsonObject f = profile.getJsonObject("forwards").getJsonObject(forward);
            assertThat(f.getBoolean("enabled")).isFalse();
            assertThat(f.isNull("destination")).isTrue();
        }
        assertThat(profile.getJsonObject("services").getJsonObject("dnd").getBoolean("enabled")).isFalse();

        HttpTestClient.Response infos = wazo.get(CONFD + "/infos", "X-Auth-Token", token);
        assertThat(infos.status()).as(infos.toString()).isEqualTo(200);
        assertThat(infos.json().getString("uuid")).isEqualTo(login.getString("xivo_uuid"));
        assertThat(infos.json().getString("wazo_version")).isEqualTo("23.16");

        assertWazoError(wazo.get(CONFD + "/users/" + uuid), 401, "Unauthorized");
        assertWazoError(wazo.get(CONFD + "/infos", "X-Auth-Token", "forged"), 401, "Unauthorized");
        assertWazoError(wazo.get(CONFD + "/users/" + java.util.UUID.randomUUID(), "X-Auth-Token", token), 401,
                "Unauthorized");
        assertWazoError(wazo.get(CONFD + "/users/" + uuid + "/lines/2/associated/endpoints/sip?view=merged",
                "X-Auth-Token", token), 404, "Not Found");
    }

    @Test
    void statusAnswersHead() {
        assertThat(wazo.head(AUTH + "/status").status()).isEqualTo(200);
    }

    @Test
    void unknownRoutesWrongMethodsAndMediaTypesAnswerInWazosFormatNeverProblemJson() {
        assertWazoError(wazo.get(AUTH + "/no/such/route"), 404, "Not Found");
        assertWazoError(wazo.get("/api/websocketd/"), 404, "Not Found");
        assertWazoError(wazo.send("PUT", AUTH + "/token", "{}", "application/json"), 405, "Method Not Allowed");
        assertWazoError(wazo.send("POST", AUTH + "/token", "backend=wazo_user", "text/plain"), 415, null);
        assertWazoError(wazo.send("POST", CONFD + "/infos", "{}", "application/json"), 405, "Method Not Allowed");
    }
}
