package org.authgate.web.dialect.azuriom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.authgate.web.dialect.azuriom.AzAuthClientRules.readableByTheJavaClient;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.authgate.web.api.ApiTest;
import org.authgate.web.api.NativeApi;
import org.authgate.web.api.TotpCodes;
import org.authgate.web.testing.HttpTestClient;
import org.junit.jupiter.api.Test;

/**
 * Azuriom AzAuth at /api/auth: every example of the seed document (authenticate, verify, logout and
 * their error bodies) and every error case of the issue, each audited with dialect {@code azuriom}.
 */
class AzuriomDialectIT extends ApiTest {
    private static final String PASSWORD = "correct horse battery";

    // ---- helpers ---------------------------------------------------------------------------------

    /** A local account with {@code money} and roles, made through the admin API; returns its id. */
    private String createUser(String username, String money, String... roles) {
        var body = Json.createObjectBuilder().add("username", username).add("password", PASSWORD)
                .add("email", username + "@example.test").add("emailVerified", true)
                .add("roles", Json.createArrayBuilder(List.of(roles)));
        if (money != null) {
            body.add("attributes", Json.createObjectBuilder().add("money", money));
        }
        HttpTestClient.Response created = api.post("/api/v1/admin/accounts", body.build().toString(),
                "Authorization", NativeApi.bearer(api.adminToken()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("id");
    }

    private HttpTestClient.Response azauth(String route, String json) {
        return api.post("/api/auth/" + route, json, "User-Agent", "AzAuth authenticator v1");
    }

    private HttpTestClient.Response authenticate(String email, String password) {
        return azauth("authenticate", Json.createObjectBuilder().add("email", email).add("password", password)
                .addNull("code").build().toString());
    }

    private HttpTestClient.Response authenticate(String email, String password, String code) {
        return azauth("authenticate", Json.createObjectBuilder().add("email", email).add("password", password)
                .add("code", code).build().toString());
    }

    private HttpTestClient.Response withToken(String route, String token) {
        return azauth(route, Json.createObjectBuilder().add("access_token", token).build().toString());
    }

    private static List<Map<String, String>> azuriomAuditOf(String username) {
        return NativeApi.audit("SELECT * FROM audit_records WHERE username = ? AND event <> 'ADMIN_ACTION' "
                + "ORDER BY at, event", username);
    }

    private static JsonObject error(String status, String reason, String message) {
        return Json.createObjectBuilder().add("status", status).add("reason", reason).add("message", message).build();
    }

    /** Enrols TOTP for {@code user} through the native API and returns the secret. */
    private String enrolTotp(String user) {
        return api.enrolledInTotp(user, PASSWORD);
    }

    // ---- authenticate ----------------------------------------------------------------------------

    @Test
    void authenticateAnswersTheSeedsUserJsonWithA128CharacterTokenAndNoStatus() {
        String user = NativeApi.uniqueName("steve");
        String id = createUser(user, "100");

        HttpTestClient.Response response = authenticate(user + "@example.test", PASSWORD);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonObject body = readableByTheJavaClient(response);
        assertThat(body.keySet()).containsExactlyInAnyOrder("id", "username", "email", "uuid", "email_verified",
                "money", "role", "banned", "created_at", "access_token");
        assertThat(body.getJsonNumber("id").isIntegral()).isTrue();
        assertThat(body.getInt("id")).isPositive();
        assertThat(body.getString("username")).isEqualTo(user);
        assertThat(body.getString("email")).isEqualTo(user + "@example.test");
        assertThat(body.getString("uuid")).isEqualTo(id);
        assertThat(body.getBoolean("email_verified")).isTrue();
        assertThat(body.getJsonNumber("money").doubleValue()).isEqualTo(100.0);
        assertThat(body.getJsonObject("role").getInt("id")).isEqualTo(1);
        assertThat(body.getJsonObject("role").getString("name")).isEqualTo("Member");
        assertThat(body.getJsonObject("role").getString("color")).isEqualTo("#e10d11");
        assertThat(body.getBoolean("banned")).isFalse();
        assertThat(body.getString("created_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00");
        assertThat(OffsetDateTime.parse(body.getString("created_at")).toInstant())
                .isBetween(Instant.now().minus(Duration.ofMinutes(5)), Instant.now().plus(Duration.ofMinutes(5)));
        assertThat(body.getString("access_token")).matches("[0-9a-f]{128}");
        assertThat(azuriomAuditOf(user)).singleElement().satisfies(r -> {
            assertThat(r.get("event")).isEqualTo("LOGIN_SUCCEEDED");
            assertThat(r.get("dialect")).isEqualTo("azuriom");
            assertThat(r.get("user_agent")).isEqualTo("AzAuth authenticator v1");
        });
    }

    @Test
    void anEmailWithoutAtIsTheUsernameAndTheIntegerIdIsStable() {
        String user = NativeApi.uniqueName("alex");
        createUser(user, null);

        JsonObject byEmail = authenticate(user + "@example.test", PASSWORD).json();
        HttpTestClient.Response byName = authenticate(user, PASSWORD);

        assertThat(byName.status()).as(byName.toString()).isEqualTo(200);
        assertThat(byName.json().getInt("id")).isEqualTo(byEmail.getInt("id"));
        assertThat(byName.json().getString("uuid")).isEqualTo(byEmail.getString("uuid"));
        assertThat(byName.json().getString("access_token")).isNotEqualTo(byEmail.getString("access_token"));
        assertThat(byName.json().getJsonNumber("money").doubleValue()).as("money defaults to 0").isZero();
    }

    @Test
    void theRoleShownIsTheFirstConfiguredRoleTheUserHolds() {
        String user = NativeApi.uniqueName("ada");
        createUser(user, "12.5", "support", "admin");

        JsonObject body = readableByTheJavaClient(authenticate(user, PASSWORD));

        assertThat(body.getJsonObject("role")).isEqualTo(Json.createObjectBuilder().add("id", 2).add("name", "Admin")
                .add("color", "#2196f3").build());
        assertThat(body.getJsonNumber("money").doubleValue()).isEqualTo(12.5);
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSeedsInvalidCredentials422AndAreAudited() {
        String user = NativeApi.uniqueName("erin");
        createUser(user, null);
        String ghost = NativeApi.uniqueName("ghost");

        HttpTestClient.Response wrong = authenticate(user, "not the password");
        HttpTestClient.Response unknown = authenticate(ghost + "@example.test", "not the password");

        assertThat(wrong.status()).isEqualTo(422);
        assertThat(readableByTheJavaClient(wrong)).isEqualTo(error("error", "invalid_credentials", "Invalid credentials"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).isEqualTo(wrong.body());
        assertThat(azuriomAuditOf(user)).singleElement().satisfies(r -> {
            assertThat(r.get("event")).isEqualTo("LOGIN_FAILED");
            assertThat(r.get("reason")).isEqualTo("BAD_CREDENTIALS");
            assertThat(r.get("dialect")).isEqualTo("azuriom");
        });
        assertThat(azuriomAuditOf(ghost + "@example.test")).singleElement()
                .satisfies(r -> assertThat(r.get("dialect")).isEqualTo("azuriom"));
    }

    @Test
    void aBannedUserGets403UserBannedWithTheBanReason() {
        String user = NativeApi.uniqueName("griefer");
        String id = createUser(user, null);
        HttpTestClient.Response ban = api.post("/api/v1/admin/accounts/" + id + "/ban", "{\"reason\":\"griefing\"}",
                "Authorization", NativeApi.bearer(api.adminToken()));
        assertThat(ban.status()).as(ban.toString()).isEqualTo(200);

        HttpTestClient.Response response = authenticate(user, PASSWORD);

        assertThat(response.status()).isEqualTo(403);
        assertThat(readableByTheJavaClient(response)).isEqualTo(Json.createObjectBuilder().add("status", "error")
                .add("reason", "user_banned").add("message", "User banned").add("ban_reason", "griefing").build());
        assertThat(azuriomAuditOf(user)).singleElement().satisfies(r -> {
            assertThat(r.get("event")).isEqualTo("LOGIN_FAILED");
            assertThat(r.get("reason")).isEqualTo("BANNED");
            assertThat(r.get("dialect")).isEqualTo("azuriom");
        });
    }

    @Test
    void withTotpTheLoginIsPendingUntilTheCodeComesAndAWrongCodeIsInvalid2fa() {
        String user = NativeApi.uniqueName("olga");
        createUser(user, null);
        String secret = enrolTotp(user);

        HttpTestClient.Response pending = authenticate(user, PASSWORD);
        HttpTestClient.Response wrongCode = authenticate(user, PASSWORD, "000000".equals(
                TotpCodes.at(secret, api.serverNow())) ? "111111" : "000000");
        HttpTestClient.Response done = authenticate(user, PASSWORD, TotpCodes.at(secret, api.serverNow()));

        assertThat(pending.status()).isEqualTo(422);
        assertThat(readableByTheJavaClient(pending)).isEqualTo(error("pending", "2fa", "Missing 2FA code"));
        assertThat(wrongCode.status()).isEqualTo(422);
        assertThat(readableByTheJavaClient(wrongCode)).isEqualTo(error("error", "invalid_2fa", "Invalid 2FA code"));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(readableByTheJavaClient(done).getString("access_token")).matches("[0-9a-f]{128}");
        assertThat(azuriomAuditOf(user)).filteredOn(r -> "azuriom".equals(r.get("dialect")))
                .extracting(r -> r.get("event"))
                .containsExactly("SECOND_FACTOR_REQUIRED", "LOGIN_FAILED", "LOGIN_SUCCEEDED");
    }

    @Test
    void aUsedCodeCannotLogInTwiceInTheSameStep() {
        String user = NativeApi.uniqueName("paul");
        createUser(user, null);
        String secret = enrolTotp(user);
        String code = TotpCodes.at(secret, api.serverNow());
        assertThat(authenticate(user, PASSWORD, code).status()).isEqualTo(200);

        HttpTestClient.Response replay = authenticate(user, PASSWORD, code);

        assertThat(replay.status()).isEqualTo(422);
        assertThat(replay.json().getString("reason")).isEqualTo("invalid_2fa");
    }

    @Test
    void missingFieldsGetLaravelsValidation422() {
        HttpTestClient.Response none = azauth("authenticate", "{}");
        HttpTestClient.Response noPassword = azauth("authenticate", "{\"email\":\"someone\",\"password\":\"\"}");

        assertThat(none.status()).isEqualTo(422);
        assertThat(readableByTheJavaClient(none)).isEqualTo(Json.createObjectBuilder()
                .add("status", "error")
                .add("message", "The email field is required. (and 1 more error)")
                .add("errors", Json.createObjectBuilder()
                        .add("email", Json.createArrayBuilder().add("The email field is required."))
                        .add("password", Json.createArrayBuilder().add("The password field is required.")))
                .build());
        assertThat(noPassword.status()).isEqualTo(422);
        assertThat(readableByTheJavaClient(noPassword).getString("message")).isEqualTo("The password field is required.");
        assertThat(noPassword.json().getJsonObject("errors").keySet()).containsExactly("password");
    }

    @Test
    void wrongTypesTooLongEmailsAndUnreadableJsonAreValidationErrorsToo() {
        HttpTestClient.Response number = azauth("authenticate", "{\"email\":42,\"password\":\"x\"}");
        HttpTestClient.Response tooLong = azauth("authenticate",
                "{\"email\":\"" + "a".repeat(256) + "\",\"password\":\"x\"}");
        HttpTestClient.Response broken = azauth("authenticate", "{\"email\":");

        assertThat(number.status()).isEqualTo(422);
        assertThat(readableByTheJavaClient(number).getString("message")).isEqualTo("The email field must be a string.");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(readableByTheJavaClient(tooLong).getString("message"))
                .isEqualTo("The email field must not be greater than 255 characters.");
        assertThat(broken.status()).isEqualTo(422);
        assertThat(readableByTheJavaClient(broken).getJsonObject("errors").keySet()).containsExactly("email", "password");
    }

    @Test
    void aFormEncodedLoginWorksAsOnLaravel() {
        String user = NativeApi.uniqueName("form");
        createUser(user, null);

        HttpTestClient.Response response = api.send("POST", "/api/auth/authenticate",
                "email=" + user + "&password=" + PASSWORD.replace(' ', '+'), "application/x-www-form-urlencoded");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(readableByTheJavaClient(response).getString("username")).isEqualTo(user);
    }

    // ---- verify and logout -----------------------------------------------------------------------

    @Test
    void verifyAnswersTheSameUserJsonAndTheSameToken() {
        String user = NativeApi.uniqueName("vera");
        createUser(user, "7");
        JsonObject login = authenticate(user, PASSWORD).json();

        HttpTestClient.Response verified = withToken("verify", login.getString("access_token"));

        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(readableByTheJavaClient(verified)).isEqualTo(login);
    }

    @Test
    void verifyOfAnUnknownTokenIs401InvalidToken() {
        HttpTestClient.Response response = withToken("verify", "0".repeat(128));

        assertThat(response.status()).isEqualTo(401);
        assertThat(readableByTheJavaClient(response)).isEqualTo(error("error", "invalid_token", "Invalid token"));
    }

    @Test
    void verifyOfABannedUsersTokenIs403UserBanned() {
        String user = NativeApi.uniqueName("banme");
        String id = createUser(user, null);
        String token = authenticate(user, PASSWORD).json().getString("access_token");
        api.post("/api/v1/admin/accounts/" + id + "/ban", "{\"reason\":\"x-ray\"}", "Authorization",
                NativeApi.bearer(api.adminToken()));

        HttpTestClient.Response response = withToken("verify", token);

        assertThat(response.status()).isEqualTo(403);
        assertThat(readableByTheJavaClient(response).getString("reason")).isEqualTo("user_banned");
        assertThat(response.json().getString("ban_reason")).isEqualTo("x-ray");
    }

    @Test
    void aRepeatedVerifyIsAnsweredFromMemoryAndABanOrALogoutIsSeenAtOnce() {
        String user = NativeApi.uniqueName("vmem");
        String id = createUser(user, null);
        String token = authenticate(user, PASSWORD).json().getString("access_token");
        assertThat(withToken("verify", token).status()).isEqualTo(200);
        long hits = api.sessionMemoryHits();

        for (int i = 0; i < 3; i++) {
            assertThat(withToken("verify", token).status()).isEqualTo(200);
        }
        assertThat(api.sessionMemoryHits()).as("answered from the node's memory").isGreaterThanOrEqualTo(hits + 3);

        api.post("/api/v1/admin/accounts/" + id + "/ban", "{\"reason\":\"spam\"}", "Authorization",
                NativeApi.bearer(api.adminToken()));
        HttpTestClient.Response banned = withToken("verify", token);
        assertThat(banned.status()).as("the ban was forgotten as it committed").isEqualTo(403);
        assertThat(banned.json().getString("ban_reason")).isEqualTo("spam");

        String other = NativeApi.uniqueName("vmem");
        createUser(other, null);
        String second = authenticate(other, PASSWORD).json().getString("access_token");
        assertThat(withToken("verify", second).status()).isEqualTo(200);
        assertThat(withToken("verify", second).status()).isEqualTo(200);
        assertThat(withToken("logout", second).status()).isEqualTo(200);
        assertThat(withToken("verify", second).status()).as("the logout was forgotten as it committed")
                .isEqualTo(401);
    }

    @Test
    void verifyWithoutATokenIsAValidationError() {
        HttpTestClient.Response response = azauth("verify", "{}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(readableByTheJavaClient(response).getJsonObject("errors").getJsonArray("access_token").getString(0))
                .isEqualTo("The access token field is required.");
    }

    @Test
    void logoutEndsTheTokenAlwaysAnswersSuccessAndIsAudited() {
        String user = NativeApi.uniqueName("leo");
        createUser(user, null);
        String token = authenticate(user, PASSWORD).json().getString("access_token");

        HttpTestClient.Response first = withToken("logout", token);
        HttpTestClient.Response again = withToken("logout", token);
        HttpTestClient.Response unknown = withToken("logout", "not-a-token");

        for (HttpTestClient.Response r : List.of(first, again, unknown)) {
            assertThat(r.status()).isEqualTo(200);
            assertThat(readableByTheJavaClient(r)).isEqualTo(Json.createObjectBuilder().add("status", "success").build());
        }
        assertThat(withToken("verify", token).status()).isEqualTo(401);
        assertThat(azuriomAuditOf(user)).extracting(r -> r.get("event") + "/" + r.get("dialect"))
                .containsExactly("LOGIN_SUCCEEDED/azuriom", "LOGGED_OUT/azuriom");
    }

    // ---- unhandled failures under /api/auth --------------------------------------------------------

    @Test
    void anUnknownRouteIsAJson404() {
        HttpTestClient.Response response = azauth("register", "{}");

        assertThat(response.status()).isEqualTo(404);
        assertThat(readableByTheJavaClient(response))
                .isEqualTo(Json.createObjectBuilder().add("status", "error").add("message", "Not Found").build());
    }

    @Test
    void aGetOnAPostRouteIsAJson405() {
        HttpTestClient.Response response = api.get("/api/auth/authenticate");

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("Allow").orElse("")).contains("POST");
        assertThat(readableByTheJavaClient(response).getString("message")).isEqualTo("Method Not Allowed");
    }

    @Test
    void aBodyThatIsNotJsonIsNoInputAsOnLaravel() {
        HttpTestClient.Response response = api.send("POST", "/api/auth/authenticate", "email=x", "text/plain");

        assertThat(response.status()).isEqualTo(422);
        assertThat(readableByTheJavaClient(response).getJsonObject("errors").keySet()).containsExactly("email", "password");
    }

    @Test
    void anOversizedBodyIsAJson413() {
        HttpTestClient.Response response = azauth("authenticate",
                "{\"email\":\"" + "a".repeat(70_000) + "\",\"password\":\"x\"}");

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.json().getString("status")).isEqualTo("error");
    }
}
