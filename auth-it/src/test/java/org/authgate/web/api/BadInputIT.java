package org.authgate.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.authgate.web.testing.HttpTestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Client mistakes get a 4xx problem document with a clear detail: never a stack trace, never a 500. */
class BadInputIT extends ApiTest {

    private static void isProblem(HttpTestClient.Response r, int status, String type) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().getString("type")).isEqualTo("urn:authgate:problem:" + type);
        assertThat(r.json().getInt("status")).isEqualTo(status);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("at java.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"login\": |malformed-json",
            "[1,2,3]|malformed-json",
            "{\"login\":\"x\",\"password\":\"y\",\"lifetimeSeconds\":\"soon\"}|malformed-json",
            "{\"password\":\"y\"}|missing-field",
            "{\"login\":\"x\"}|missing-field",
            "{\"login\":\"\",\"password\":\"y\"}|missing-field",
            "{\"login\":\"x\",\"password\":\"y\",\"connector\":\"nope\"}|unknown-connector",
            "{\"login\":\"x\",\"password\":\"y\",\"connector\":\"Not Valid!\"}|unknown-connector",
            "{\"login\":\"x\",\"password\":\"y\",\"tenant\":\"../etc\"}|missing-field",
            "{\"login\":\"x\",\"password\":\"y\",\"tokenFormat\":\"saml\"}|missing-field"})
    void aBadLoginBodyIsA400NamingTheProblem(String body, String type) {
        isProblem(api.post("/api/v1/login", body), 400, type);
    }

    @Test
    void anEmptyBodyIsA400() {
        isProblem(api.send("POST", "/api/v1/login", "", "application/json"), 400, "missing-field");
    }

    @Test
    void aOneMegabyteBodyIsRefusedWith413() {
        String huge = "{\"login\":\"" + "x".repeat(1024 * 1024) + "\",\"password\":\"y\"}";
        isProblem(api.post("/api/v1/login", huge), 413, "payload-too-large");
    }

    @Test
    void aWrongContentTypeIs415() {
        isProblem(api.send("POST", "/api/v1/login", "login=x&password=y", "text/plain"), 415, "unsupported-media-type");
    }

    @Test
    void anUnknownPathIs404AndAWrongMethodIs405() {
        isProblem(api.get("/api/v1/nothing-here"), 404, "not-found");
        isProblem(api.get("/api/v1/login"), 405, "method-not-allowed");
    }

    @Test
    void aMalformedQueryParameterIsA400() {
        isProblem(api.get("/api/v1/admin/sessions?from=yesterday", "Authorization", NativeApi.bearer(api.adminToken())),
                400, "bad-request");
        isProblem(api.get("/api/v1/admin/sessions/not-a-uuid", "Authorization", NativeApi.bearer(api.adminToken())),
                400, "bad-request");
    }

    @Test
    void aMissingOrForgedBearerTokenIs401() {
        isProblem(api.get("/api/v1/session"), 401, "invalid-token");
        isProblem(api.get("/api/v1/session", "Authorization", "Bearer forged"), 401, "invalid-token");
        isProblem(api.get("/api/v1/session", "Authorization", "Bearer a.b.c"), 401, "invalid-token");
    }
}
