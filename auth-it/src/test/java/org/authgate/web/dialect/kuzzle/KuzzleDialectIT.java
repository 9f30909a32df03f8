package org.authgate.web.dialect.kuzzle;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.authgate.web.api.ApiTest;
import org.authgate.web.api.NativeApi;
import org.authgate.web.testing.HttpTestClient;
import org.junit.jupiter.api.Test;

/** The Kuzzle dialect over HTTP: the seed document's examples, every answer in Kuzzle's envelope, audited. */
class KuzzleDialectIT extends ApiTest {
    private static final String JSON = "application/json";
    private static final String VOLATILE = "{\"sdkInstanceId\":\"it-1\",\"sdkName\":\"js@7.17.1\"}";

    private String user(String prefix) {
        String name = NativeApi.uniqueName(prefix);
        api.createUser(name, "correct horse battery");
        return name;
    }

    private HttpTestClient.Response login(String username, String password, String query) {
        return api.send("POST", "/_login/local" + query, Json.createObjectBuilder().add("username", username)
                .add("password", password).build().toString(), JSON, "X-Kuzzle-Volatile", VOLATILE);
    }

    private JsonObject loggedIn(String username) {
        HttpTestClient.Response r = login(username, "correct horse battery", "?expiresIn=12h");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().getJsonObject("result");
    }

    private HttpTestClient.Response call(String method, String path, String body, String token) {
        return token == null ? api.send(method, path, body, JSON)
                : api.send(method, path, body, JSON, "Authorization", NativeApi.bearer(token));
    }

    private static JsonObject payloadOf(String jwt) {
        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        String json = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(json).matches("\\p{ASCII}*");
        return Json.createReader(new java.io.StringReader(json)).readObject();
    }

    /** Asserts the envelope of an error and returns its error object. */
    private static JsonObject error(HttpTestClient.Response r, int status, String id, int code) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith(JSON);
        JsonObject body = r.json();
        assertThat(body.getInt("status")).isEqualTo(status);
        assertThat(body.isNull("result")).isTrue();
        JsonObject error = body.getJsonObject("error");
        assertThat(error.getString("id")).isEqualTo(id);
        assertThat(error.getInt("code")).isEqualTo(code);
        assertThat(error.getInt("status")).isEqualTo(status);
        assertThat(error.containsKey("message")).isTrue();
        assertThat(error.containsKey("props")).isTrue();
        assertThat(error.containsKey("stack")).isFalse();
        return error;
    }

    private static List<Map<String, String>> auditOf(String username, String event) {
        return NativeApi.audit("SELECT * FROM audit_records WHERE username = ? AND event = ? ORDER BY at", username,
                event);
    }

    @Test
    void theSeedLoginAnswersTheJwtInKuzzlesEnvelopeAndIsAudited() {
        String alice = user("alice");
        long before = Instant.now().toEpochMilli();

        HttpTestClient.Response r = login(alice, "correct horse battery", "?expiresIn=12h");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith(JSON);
        JsonObject body = r.json();
        assertThat(body.keySet()).containsExactly("requestId", "status", "error", "controller", "action",
                "collection", "index", "volatile", "result", "headers", "node");
        assertThat(body.getInt("status")).isEqualTo(200);
        assertThat(body.isNull("error")).isTrue();
        assertThat(body.getString("controller")).isEqualTo("auth");
        assertThat(body.getString("action")).isEqualTo("login");
        assertThat(body.isNull("collection")).isTrue();
        assertThat(body.isNull("index")).isTrue();
        assertThat(body.getJsonObject("volatile").getString("sdkInstanceId")).isEqualTo("it-1");
        assertThat(body.getJsonObject("headers")).isEmpty();
        JsonObject result = body.getJsonObject("result");
        assertThat(result.keySet()).containsExactly("_id", "jwt", "expiresAt", "ttl");
        assertThat(result.getJsonNumber("ttl").longValue()).isEqualTo(43_200_000L);
        assertThat(result.getJsonNumber("expiresAt").longValue()).isBetween(before + 43_200_000L - 5_000,
                Instant.now().toEpochMilli() + 43_200_000L + 5_000);
        JsonObject payload = payloadOf(result.getString("jwt"));
        assertThat(payload.getString("_id")).isEqualTo(result.getString("_id"));
        assertThat(payload.getJsonNumber("exp").longValue() * 1000)
                .isBetween(result.getJsonNumber("expiresAt").longValue() - 1000,
                        result.getJsonNumber("expiresAt").longValue());
        assertThat(auditOf(alice, "LOGIN_SUCCEEDED")).singleElement()
                .satisfies(row -> assertThat(row.get("dialect")).isEqualTo("kuzzle"));
    }

    @Test
    void theSeedWrongPasswordAnswers401WrongUsernameOrPasswordWithoutStackAndIsAudited() {
        String bob = user("bob");

        HttpTestClient.Response r = login(bob, "myPassword", "?expiresIn=12h");

        JsonObject error = error(r, 401, "plugin.strategy.missing_user", 67305492);
        assertThat(error.getString("message")).isEqualTo("wrong username or password");
        assertThat(r.json().getString("controller")).isEqualTo("auth");
        assertThat(r.json().getString("action")).isEqualTo("login");
        HttpTestClient.Response unknown = login(NativeApi.uniqueName("ghost"), "myPassword", "?expiresIn=12h");
        assertThat(unknown.json().getJsonObject("error")).isEqualTo(error);
        assertThat(auditOf(bob, "LOGIN_FAILED")).singleElement()
                .satisfies(row -> assertThat(row.get("dialect")).isEqualTo("kuzzle"));
    }

    @Test
    void expiresInFollowsTheMsLibraryAndDefaultsToOneHour() {
        String carol = user("carol");
        assertThat(login(carol, "correct horse battery", "").json().getJsonObject("result")
                .getJsonNumber("ttl").longValue()).isEqualTo(3_600_000L);
        assertThat(login(carol, "correct horse battery", "?expiresIn=1.5h").json().getJsonObject("result")
                .getJsonNumber("ttl").longValue()).isEqualTo(5_400_000L);
        assertThat(login(carol, "correct horse battery", "?expiresIn=10%20minutes").json().getJsonObject("result")
                .getJsonNumber("ttl").longValue()).isEqualTo(600_000L);
        assertThat(login(carol, "correct horse battery", "?expiresIn=3600000&verb=POST").json()
                .getJsonObject("result").getJsonNumber("ttl").longValue()).isEqualTo(3_600_000L);
        assertThat(login(carol, "correct horse battery", "?expiresIn=1D").json().getJsonObject("result")
                .getJsonNumber("ttl").longValue()).isEqualTo(86_400_000L);
    }

    @Test
    void badExpiresInValuesAreRefusedWithKuzzlesErrors() {
        String dave = user("dave");
        error(login(dave, "correct horse battery", "?expiresIn=soon"), 400, "api.assert.invalid_argument",
                33619970);
        error(login(dave, "correct horse battery", "?expiresIn=" + "1".repeat(100) + "h"), 400,
                "api.assert.invalid_argument", 33619970);
        error(login(dave, "correct horse battery", "?expiresIn=1w"), 400, "security.token.ttl_exceeded",
                117506052);
        error(login(dave, "correct horse battery", "?expiresIn=-1"), 400, "security.token.ttl_exceeded",
                117506052);
        assertThat(auditOf(dave, "LOGIN_SUCCEEDED")).isEmpty();
    }

    @Test
    void anUnknownStrategyIsRefusedWith400() {
        JsonObject error = error(api.send("POST", "/_login/facebook", "{\"username\":\"x\",\"password\":\"y\"}",
                JSON), 400, "security.credentials.unknown_strategy", 117571585);
        assertThat(error.getString("message")).isEqualTo("Unknown authentication strategy \"facebook\"");
    }

    @Test
    void publicApiListsTheAuthRoutes() {
        HttpTestClient.Response r = api.get("/_publicApi");
        assertThat(r.status()).isEqualTo(200);
        JsonObject auth = r.json().getJsonObject("result").getJsonObject("auth");
        assertThat(auth.keySet()).contains("login", "logout", "checkToken", "refreshToken", "getCurrentUser",
                "getMyRights", "getStrategies", "credentialsExist", "updateMyCredentials");
        assertThat(auth.getJsonObject("checkToken").getJsonArray("http").getJsonObject(0))
                .isEqualTo(Json.createObjectBuilder().add("verb", "POST").add("url", "/_checkToken").build());
    }

    @Test
    void checkTokenTellsValidInvalidExpiredAndAnonymous() {
        String erin = user("erin");
        JsonObject in = loggedIn(erin);
        String jwt = in.getString("jwt");

        JsonObject valid = call("POST", "/_checkToken", "{\"token\":\"" + jwt + "\"}", null).json()
                .getJsonObject("result");
        assertThat(valid.getBoolean("valid")).isTrue();
        assertThat(valid.getString("kuid")).isEqualTo(in.getString("_id"));
        assertThat(valid.getJsonNumber("expiresAt").longValue()).isEqualTo(in.getJsonNumber("expiresAt").longValue());

        HttpTestClient.Response bad = call("POST", "/_checkToken", "{\"token\":\"nope\"}", null);
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.json().getJsonObject("result")).isEqualTo(
                Json.createObjectBuilder().add("valid", false).add("state", "Invalid token.").build());

        JsonObject anonymous = call("POST", "/_checkToken", "{}", null).json().getJsonObject("result");
        assertThat(anonymous.getBoolean("valid")).isTrue();
        assertThat(anonymous.getString("kuid")).isEqualTo("-1");
        assertThat(anonymous.isNull("expiresAt")).isTrue();

        api.advanceClock(13 * 3600);
        assertThat(call("POST", "/_checkToken", "{\"token\":\"" + jwt + "\"}", null).json().getJsonObject("result"))
                .isEqualTo(Json.createObjectBuilder().add("valid", false).add("state", "Token expired").build());
    }

    @Test
    void refreshTokenIssuesANewJwtAndTheOldOneIsRefusedOneSecondLater() {
        String frank = user("frank");
        String old = loggedIn(frank).getString("jwt");

        HttpTestClient.Response r = call("POST", "/_refreshToken?expiresIn=2h", "", old);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonObject result = r.json().getJsonObject("result");
        assertThat(r.json().getString("action")).isEqualTo("refreshToken");
        assertThat(result.getJsonNumber("ttl").longValue()).isEqualTo(7_200_000L);
        String fresh = result.getString("jwt");
        assertThat(fresh).isNotEqualTo(old);
        assertThat(call("GET", "/_me", null, old).status()).isEqualTo(200);
        api.advanceClock(1);
        error(call("GET", "/_me", null, old), 401, "security.token.invalid", 117506049);
        assertThat(call("GET", "/_me", null, fresh).status()).isEqualTo(200);
        assertThat(auditOf(frank, "TOKEN_REFRESHED")).singleElement()
                .satisfies(row -> assertThat(row.get("dialect")).isEqualTo("kuzzle"));
    }

    @Test
    void refreshTokenAndLogoutWithoutATokenAreUnauthorized() {
        JsonObject error = error(call("POST", "/_refreshToken", "", null), 401, "security.rights.unauthorized",
                117637121);
        assertThat(error.getString("message")).isEqualTo(
                "Unauthorized: authentication required to execute the action \"auth:refreshToken\".");
        error(call("POST", "/_logout", "", null), 401, "security.rights.unauthorized", 117637121);
        error(call("GET", "/_me", null, "not-a-token"), 401, "security.token.invalid", 117506049);
    }

    @Test
    void anExpiredTokenIsRefusedAsExpired() {
        String gina = user("gina");
        String jwt = loggedIn(gina).getString("jwt");
        api.advanceClock(13 * 3600);
        error(call("GET", "/_me", null, jwt), 401, "security.token.expired", 117506054);
    }

    @Test
    void theCurrentUserRightsStrategiesAndCredentialsAreReadable() {
        String hank = user("hank");
        JsonObject in = loggedIn(hank);
        String jwt = in.getString("jwt");

        for (String path : List.of("/_me", "/users/_me")) {
            JsonObject me = call("GET", path, null, jwt).json().getJsonObject("result");
            assertThat(me.getString("_id")).isEqualTo(in.getString("_id"));
            assertThat(me.getJsonObject("_source").getJsonArray("profileIds")).isNotEmpty();
            assertThat(me.getJsonObject("_source").getString("username")).isEqualTo(hank);
            assertThat(me.getJsonArray("strategies")).containsExactly(Json.createValue("local"));
        }
        JsonObject rights = call("GET", "/_me/_rights", null, jwt).json().getJsonObject("result");
        assertThat(rights.getInt("total")).isEqualTo(rights.getJsonArray("hits").size()).isPositive();
        assertThat(call("GET", "/strategies", null, null).json().getJsonArray("result"))
                .containsExactly(Json.createValue("local"));
        assertThat(call("GET", "/_me/credentials/local/_exists", null, jwt).json().getBoolean("result")).isTrue();
        assertThat(call("GET", "/credentials/local/_me/_exists", null, jwt).json().getBoolean("result")).isTrue();
        error(call("GET", "/_me/credentials/oauth/_exists", null, jwt), 400, "security.credentials.unknown_strategy",
                117571585);
    }

    @Test
    void aRepeatedGetCurrentUserIsAnsweredFromMemoryAndALogoutIsSeenAtOnce() {
        String name = user("kmem");
        String jwt = loggedIn(name).getString("jwt");
        assertThat(call("GET", "/_me", null, jwt).status()).isEqualTo(200);
        long hits = api.sessionMemoryHits();

        for (int i = 0; i < 3; i++) {
            HttpTestClient.Response me = call("GET", "/_me", null, jwt);
            assertThat(me.status()).isEqualTo(200);
            assertThat(me.json().getJsonObject("result").getString("_id")).isNotBlank();
        }
        assertThat(api.sessionMemoryHits()).as("answered from the node's memory").isGreaterThanOrEqualTo(hits + 3);

        assertThat(call("POST", "/_logout", "", jwt).status()).isEqualTo(200);
        error(call("GET", "/_me", null, jwt), 401, "security.token.invalid", 117506049);
    }

    @Test
    void updateMyCredentialsChangesThePasswordAndIsAudited() {
        String ivy = user("ivy");
        String jwt = loggedIn(ivy).getString("jwt");
        String other = api.loggedIn(ivy, "correct horse battery").getString("accessToken");

        error(call("PUT", "/_me/credentials/local/_update",
                "{\"password\":\"new horse battery staple\",\"currentPassword\":\"wrong\"}", jwt), 400,
                "security.credentials.rejected", 117571587);
        error(call("PUT", "/_me/credentials/local/_update",
                "{\"password\":\"password123\",\"currentPassword\":\"correct horse battery\"}", jwt), 400,
                "security.credentials.rejected", 117571587);
        HttpTestClient.Response r = call("PUT", "/_me/credentials/local/_update",
                "{\"password\":\"new horse battery staple\",\"currentPassword\":\"correct horse battery\"}", jwt);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().getJsonObject("result").getString("username")).isEqualTo(ivy);
        assertThat(login(ivy, "new horse battery staple", "").status()).isEqualTo(200);
        assertThat(call("GET", "/_me", null, jwt).status()).as("the changing session stays").isEqualTo(200);
        assertThat(api.get("/api/v1/session", "Authorization", NativeApi.bearer(other)).status())
                .as("the account's other sessions end").isEqualTo(401);
        assertThat(auditOf(ivy, "PASSWORD_CHANGED")).singleElement()
                .satisfies(row -> assertThat(row.get("dialect")).isEqualTo("kuzzle"));
        assertThat(auditOf(ivy, "PASSWORD_CHANGE_FAILED")).hasSize(2)
                .allSatisfy(row -> assertThat(row.get("dialect")).isEqualTo("kuzzle"));
    }

    @Test
    void logoutEndsTheSessionAndGlobalLogoutEndsAllOfThem() {
        String jack = user("jack");
        String first = loggedIn(jack).getString("jwt");
        String second = loggedIn(jack).getString("jwt");
        String third = loggedIn(jack).getString("jwt");

        HttpTestClient.Response out = call("POST", "/_logout", "", first);
        assertThat(out.json().getJsonObject("result")).isEqualTo(
                Json.createObjectBuilder().add("acknowledged", true).build());
        error(call("GET", "/_me", null, first), 401, "security.token.invalid", 117506049);
        assertThat(call("GET", "/_me", null, second).status()).isEqualTo(200);

        assertThat(call("POST", "/_logout?global", "", second).status()).isEqualTo(200);
        error(call("GET", "/_me", null, second), 401, "security.token.invalid", 117506049);
        error(call("GET", "/_me", null, third), 401, "security.token.invalid", 117506049);
        assertThat(auditOf(jack, "LOGGED_OUT")).hasSize(3)
                .allSatisfy(row -> assertThat(row.get("dialect")).isEqualTo("kuzzle"));
    }

    @Test
    void loggingInFasterThanTheRateIsRefusedWith429AndAudited() {
        String kate = user("kate");
        HttpTestClient.Response last = null;
        for (int i = 0; i < 40 && (last == null || last.status() != 429); i++) {
            last = login(kate, "wrong " + i, "");
        }
        JsonObject error = error(last, 429, "api.process.too_many_logins_requests", 33685517);
        assertThat(error.getString("message")).isEqualTo("Rejected: Too many login attempts per second");
        assertThat(NativeApi.audit("SELECT * FROM audit_records WHERE username = ? AND reason = 'TOO_MANY_LOGINS'",
                kate)).isNotEmpty().allSatisfy(row -> assertThat(row.get("dialect")).isEqualTo("kuzzle"));
    }

    @Test
    void unknownRoutesWrongVerbsAndBadBodiesGetKuzzleErrors() {
        JsonObject notFound = error(api.get("/_nothing/here"), 404, "network.http.url_not_found", 50397191);
        assertThat(notFound.getString("message")).isEqualTo("API URL not found: /_nothing/here.");
        error(api.send("DELETE", "/_login/local", null, null), 404, "network.http.url_not_found", 50397191);
        error(api.send("POST", "/_login/local", "{not json", JSON), 400, "network.http.body_parse_failed", 50397196);
        error(api.send("POST", "/_login/local", "username=a", "text/plain"), 400, "network.http.unsupported_content",
                50397192);
        error(api.send("POST", "/_checkToken", "{}", JSON, "X-Kuzzle-Volatile", "{oops"), 400,
                "network.http.volatile_parse_failed", 50397195);
    }

    @Test
    void corsPreflightsAreAllowed() {
        HttpTestClient.Response r = api.send("OPTIONS", "/_login/local", null, null, "Origin", "https://app.example",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers",
                "authorization,content-type,x-kuzzle-volatile");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Access-Control-Allow-Origin")).contains("https://app.example");
        assertThat(r.header("Access-Control-Allow-Headers").orElseThrow()).contains("Authorization",
                "Content-Type", "X-Kuzzle-Volatile");
    }
}
