package org.authgate.web.dialect.oneentry;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.authgate.web.api.ApiTest;
import org.authgate.web.api.NativeApi;
import org.authgate.web.testing.HttpTestClient;
import org.junit.jupiter.api.Test;

/** OneEntry's AuthProvider API, black-box: the seed's examples, then every error case, with audit rows. */
class OneEntryDialectIT extends ApiTest {
    static final String BASE = "/api/content/users-auth-providers";
    static final String APP_TOKEN = System.getProperty("authgate.it.oneentry.app-token", "it-oneentry-app-token");
    static final String METADATA = "{\"fingerprint\":\"UQ_it-device\",\"deviceInfo\":{\"os\":\"Linux\","
            + "\"browser\":\"Firefox/128\",\"location\":\"fr-FR\"}}";
    static final String PASSWORD = "correct horse battery";

    private HttpTestClient.Response post(String path, String json, String... headers) {
        String[] all = new String[headers.length + 4];
        all[0] = "x-app-token";
        all[1] = APP_TOKEN;
        all[2] = "x-device-metadata";
        all[3] = METADATA;
        System.arraycopy(headers, 0, all, 4, headers.length);
        return api.post(BASE + path, json, all);
    }

    private HttpTestClient.Response get(String path, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "x-app-token";
        all[1] = APP_TOKEN;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return api.get(BASE + path, all);
    }

    private static String authBody(String login, String password) {
        return "{\"authData\":[{\"marker\":\"login\",\"value\":\"" + login + "\"},"
                + "{\"marker\":\"password\",\"value\":\"" + password + "\"}]}";
    }

    private JsonObject loggedIn(String user) {
        HttpTestClient.Response r = post("/marker/email/users/auth", authBody(user, PASSWORD));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static void assertEnvelope(HttpTestClient.Response r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/json");
        JsonObject body = r.json();
        assertThat(body.getInt("statusCode")).isEqualTo(status);
        assertThat(body.getString("message")).isNotBlank();
        assertThat(body.isNull("pageData")).isTrue();
        assertThat(body.getString("timestamp")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    }

    private static List<String> oneEntryEvents(String user) {
        return NativeApi.auditOf(user).stream().filter(r -> "oneentry".equals(r.get("dialect")))
                .map(r -> r.get("event")).toList();
    }

    @Test
    void theSeedsAuthExampleAnswersTheFourFieldsWithAJwtAndIsAudited() {
        String user = NativeApi.uniqueName("oe-ana");
        api.createUser(user, PASSWORD);

        JsonObject body = loggedIn(user);

        assertThat(body.keySet()).containsExactlyInAnyOrder("userIdentifier", "authProviderIdentifier",
                "accessToken", "refreshToken");
        assertThat(body.getString("userIdentifier")).isEqualTo(user);
        assertThat(body.getString("authProviderIdentifier")).isEqualTo("email");
        String[] jwt = body.getString("accessToken").split("\\.");
        assertThat(jwt).hasSize(3);
        JsonObject payload = Json.createReader(new StringReader(new String(Base64.getUrlDecoder().decode(jwt[1]),
                StandardCharsets.UTF_8))).readObject();
        assertThat(payload.getString("authProviderIdentifier")).isEqualTo("email");
        assertThat(payload.getString("userIdentifier")).isEqualTo(user);
        assertThat(payload.containsKey("exp")).isTrue();
        assertThat(body.getString("refreshToken")).isNotBlank();
        assertThat(oneEntryEvents(user)).containsExactly("LOGIN_SUCCEEDED");
    }

    @Test
    void theSeedsMinimalExampleWithoutALoginValueIsRefusedWith400() {
        HttpTestClient.Response r = post("/marker/email/users/auth",
                "{\"authData\":[{\"marker\":\"login\"},{\"marker\":\"password\",\"value\":\"12345\"}]}");

        assertEnvelope(r, 400);
    }

    @Test
    void numericValuesAreAcceptedAsOneEntryClientsSendThem() {
        String user = NativeApi.uniqueName("oe-num");
        api.createUser(user, "1234567890123");

        HttpTestClient.Response r = post("/marker/email/users/auth", "{\"authData\":[{\"marker\":\"login\",\"value\":\""
                + user + "\"},{\"marker\":\"password\",\"value\":1234567890123}]}");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordIs401InOneEntrysEnvelopeAndAudited() {
        String user = NativeApi.uniqueName("oe-bob");
        api.createUser(user, PASSWORD);

        HttpTestClient.Response r = post("/marker/email/users/auth", authBody(user, "not the password"));

        assertEnvelope(r, 401);
        assertThat(oneEntryEvents(user)).containsExactly("LOGIN_FAILED");
        HttpTestClient.Response unknown = post("/marker/email/users/auth", authBody(user + "-nobody", "x"));
        assertEnvelope(unknown, 401);
        assertThat(unknown.json().getString("message")).isEqualTo(r.json().getString("message"));
    }

    @Test
    void aMissingOrWrongAppTokenIs401() {
        assertEnvelope(api.get(BASE), 401);
        assertEnvelope(api.get(BASE, "x-app-token", "undefined"), 401);
        assertEnvelope(api.post(BASE + "/marker/email/users/auth", authBody("a", "b"), "x-app-token", "wrong",
                "x-device-metadata", METADATA), 401);
        assertEnvelope(api.get(BASE + "/no/such/route"), 401);
    }

    @Test
    void aMissingOrMalformedDeviceMetadataIs400() {
        String user = NativeApi.uniqueName("oe-cid");
        api.createUser(user, PASSWORD);
        String path = BASE + "/marker/email/users/auth";

        assertEnvelope(api.post(path, authBody(user, PASSWORD), "x-app-token", APP_TOKEN), 400);
        assertEnvelope(api.post(path, authBody(user, PASSWORD), "x-app-token", APP_TOKEN, "x-device-metadata",
                "not json"), 400);
        assertEnvelope(api.post(path, authBody(user, PASSWORD), "x-app-token", APP_TOKEN, "x-device-metadata",
                "{\"deviceInfo\":{}}"), 400);
        assertThat(oneEntryEvents(user)).isEmpty();
    }

    @Test
    void formIdentifierOrLangCodeInTheAuthBodyIs400() {
        assertEnvelope(post("/marker/email/users/auth", "{\"formIdentifier\":\"reg\",\"authData\":[]}"), 400);
        assertEnvelope(post("/marker/email/users/auth", "{\"langCode\":\"en_US\",\"authData\":[]}"), 400);
    }

    @Test
    void refreshRotatesTheTokensAndIsAudited() {
        String user = NativeApi.uniqueName("oe-dan");
        api.createUser(user, PASSWORD);
        JsonObject login = loggedIn(user);

        HttpTestClient.Response r = post("/marker/email/users/refresh",
                "{\"refreshToken\":\"" + login.getString("refreshToken") + "\"}");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonObject body = r.json();
        assertThat(body.getString("userIdentifier")).isEqualTo(user);
        assertThat(body.getString("authProviderIdentifier")).isEqualTo("email");
        assertThat(body.getString("refreshToken")).isNotEqualTo(login.getString("refreshToken"));
        assertThat(body.getString("accessToken")).isNotEqualTo(login.getString("accessToken")).contains(".");
        assertThat(get("/marker/email/users/sessions", "Authorization", "Bearer " + body.getString("accessToken"))
                .status()).isEqualTo(200);
        assertThat(oneEntryEvents(user)).containsExactly("LOGIN_SUCCEEDED", "TOKEN_REFRESHED");
    }

    @Test
    void aReusedRefreshTokenIs400AndRevokesTheWholeFamily() {
        String user = NativeApi.uniqueName("oe-eve");
        api.createUser(user, PASSWORD);
        JsonObject login = loggedIn(user);
        String first = "{\"refreshToken\":\"" + login.getString("refreshToken") + "\"}";
        JsonObject rotated = post("/marker/email/users/refresh", first).json();

        HttpTestClient.Response reused = post("/marker/email/users/refresh", first);

        assertEnvelope(reused, 400);
        assertEnvelope(post("/marker/email/users/refresh",
                "{\"refreshToken\":\"" + rotated.getString("refreshToken") + "\"}"), 400);
        assertEnvelope(get("/marker/email/users/sessions", "Authorization",
                "Bearer " + rotated.getString("accessToken")), 401);
        assertThat(oneEntryEvents(user)).contains("REFRESH_REUSE_DETECTED");
    }

    @Test
    void anUnknownOrMissingRefreshTokenIs400() {
        assertEnvelope(post("/marker/email/users/refresh", "{\"refreshToken\":\"1759264361355-493c46b6\"}"), 400);
        assertEnvelope(post("/marker/email/users/refresh", "{}"), 400);
    }

    @Test
    void logoutByRefreshTokenAnswersTrueEndsTheSessionAndIsAudited() {
        String user = NativeApi.uniqueName("oe-fay");
        api.createUser(user, PASSWORD);
        JsonObject login = loggedIn(user);

        HttpTestClient.Response r = post("/marker/email/users/logout",
                "{\"refreshToken\":\"" + login.getString("refreshToken") + "\"}",
                "Authorization", "Bearer " + login.getString("accessToken"));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("true");
        assertEnvelope(get("/marker/email/users/sessions", "Authorization",
                "Bearer " + login.getString("accessToken")), 401);
        assertEnvelope(post("/marker/email/users/logout",
                "{\"refreshToken\":\"" + login.getString("refreshToken") + "\"}"), 400);
        assertThat(oneEntryEvents(user)).containsExactly("LOGIN_SUCCEEDED", "LOGGED_OUT");
    }

    @Test
    void logoutAllEndsEverySessionOfTheUser() {
        String user = NativeApi.uniqueName("oe-gus");
        api.createUser(user, PASSWORD);
        JsonObject one = loggedIn(user);
        JsonObject two = loggedIn(user);

        HttpTestClient.Response r = post("/marker/email/users/logout-all", null,
                "Authorization", "Bearer " + one.getString("accessToken"));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("true");
        assertEnvelope(get("/marker/email/users/sessions", "Authorization", "Bearer " + two.getString("accessToken")),
                401);
        assertThat(oneEntryEvents(user)).containsExactly("LOGIN_SUCCEEDED", "LOGIN_SUCCEEDED", "LOGGED_OUT",
                "LOGGED_OUT");
        assertEnvelope(post("/marker/email/users/logout-all", null), 401);
    }

    @Test
    void sessionsListTheDeviceInfoEachSessionWasOpenedWith() {
        String user = NativeApi.uniqueName("oe-hal");
        api.createUser(user, PASSWORD);
        JsonObject login = loggedIn(user);

        HttpTestClient.Response r = get("/marker/email/users/sessions",
                "Authorization", "Bearer " + login.getString("accessToken"));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.jsonArray()).hasSize(1);
        JsonObject device = r.jsonArray().getJsonObject(0).getJsonObject("deviceInfo");
        assertThat(Map.of("os", device.getString("os"), "browser", device.getString("browser"),
                "location", device.getString("location")))
                .isEqualTo(Map.of("os", "Linux", "browser", "Firefox/128", "location", "fr-FR"));
        assertEnvelope(get("/marker/email/users/sessions"), 401);
    }

    @Test
    void changePasswordTakesTheCurrentPasswordAsCodeAndIsAudited() {
        String user = NativeApi.uniqueName("oe-ivy");
        api.createUser(user, PASSWORD);
        String token = loggedIn(user).getString("accessToken");
        String other = api.loggedIn(user, PASSWORD).getString("accessToken");
        String change = "{\"userIdentifier\":\"" + user + "\",\"eventIdentifier\":\"reg\",\"type\":1,"
                + "\"code\":\"%s\",\"password1\":\"a brand new passphrase\",\"password2\":\"%s\"}";
        String common = "{\"type\":1,\"code\":\"" + PASSWORD + "\",\"password1\":\"football1\"}";

        assertEnvelope(post("/marker/email/users/change-password",
                String.format(change, PASSWORD, "something else"), "Authorization", "Bearer " + token), 400);
        assertEnvelope(post("/marker/email/users/change-password",
                String.format(change, "wrong", "a brand new passphrase"), "Authorization", "Bearer " + token), 400);
        HttpTestClient.Response weak = post("/marker/email/users/change-password", common, "Authorization",
                "Bearer " + token);
        assertEnvelope(weak, 400);
        assertThat(weak.json().getString("message")).isEqualTo("The new password is too weak");
        HttpTestClient.Response r = post("/marker/email/users/change-password",
                String.format(change, PASSWORD, "a brand new passphrase"), "Authorization", "Bearer " + token);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("true");
        assertThat(post("/marker/email/users/auth", authBody(user, "a brand new passphrase")).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/session", "Authorization", NativeApi.bearer(token)).status())
                .as("the changing session stays").isEqualTo(200);
        assertThat(api.get("/api/v1/session", "Authorization", NativeApi.bearer(other)).status())
                .as("the account's other sessions end").isEqualTo(401);
        assertThat(oneEntryEvents(user)).contains("PASSWORD_CHANGE_FAILED", "PASSWORD_CHANGED");
    }

    @Test
    void theProviderListAndOneProviderDescribeTheLocalConnector() {
        HttpTestClient.Response list = get("?langCode=en_US&offset=0&limit=30");

        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        JsonObject email = list.jsonArray().getJsonObject(0);
        assertThat(email.getString("identifier")).isEqualTo("email");
        assertThat(email.getInt("id")).isEqualTo(1);
        assertThat(email.getBoolean("isActive")).isTrue();
        assertThat(email.getBoolean("isCheckCode")).isFalse();
        assertThat(email.getString("formIdentifier")).isEqualTo("local");
        assertThat(email.getJsonObject("config").getString("accessTokenTtlSec")).isEqualTo("3600");
        assertThat(email.getJsonObject("config").getJsonArray("formFields").getJsonObject(0).getString("marker"))
                .isEqualTo("login");
        assertThat(get("?langCode=en_US&offset=1&limit=30").jsonArray()).isEmpty();
        HttpTestClient.Response one = get("/marker/email?langCode=en_US");
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json()).isEqualTo(email);
        assertEnvelope(get("/marker/google?langCode=en_US"), 404);
        assertEnvelope(get("?offset=-1"), 400);
    }

    @Test
    void unknownRoutesWrongMethodsMediaTypesAndBrokenJsonAnswerOneEntrysEnvelope() {
        assertEnvelope(get("/no/such/route"), 404);
        assertEnvelope(post("/marker/email/users/sign-up", "{}"), 404);
        assertEnvelope(api.send("DELETE", BASE + "/marker/email/users/auth", null, null, "x-app-token", APP_TOKEN), 405);
        assertEnvelope(api.send("POST", BASE + "/marker/email/users/auth", "login=a", "text/plain",
                "x-app-token", APP_TOKEN, "x-device-metadata", METADATA), 415);
        assertEnvelope(post("/marker/email/users/auth", "{\"authData\": ["), 400);
        assertEnvelope(post("/marker/nope/users/auth", authBody("a", "b")), 404);
    }
}
