package org.authgate.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.authgate.web.api.NativeApi.bearer;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.authgate.web.testing.HttpTestClient;
import org.junit.jupiter.api.Test;

/**
 * RFC 7662 §2.1: introspection tells whether a token is live, so only a resource server with its client
 * secret (HTTP Basic, AUTHGATE_INTROSPECTION_CLIENT_SECRETS of the IT server) or an administrator may ask.
 */
class IntrospectionAccessIT extends ApiTest {
    static final String CLIENT = System.getProperty("authgate.it.introspection.client", "it-resource-server");
    static final String SECRET = System.getProperty("authgate.it.introspection.secret", "it-introspection-client-secret-4f1c9a");

    /** The Authorization header of the IT server's resource server. */
    static String resourceServer() {
        return basic(CLIENT, SECRET);
    }

    static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private HttpTestClient.Response introspect(String token, String... headers) {
        return api.send("POST", "/api/v1/introspect", "token=" + token, "application/x-www-form-urlencoded", headers);
    }

    private String liveToken() {
        String user = NativeApi.uniqueName("ivy");
        api.createUser(user, "correct horse battery");
        return api.loggedIn(user, "correct horse battery").getString("accessToken");
    }

    private static void assertUnauthorized(HttpTestClient.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().getString("type")).isEqualTo("urn:authgate:problem:invalid-client");
        assertThat(r.headers().allValues("WWW-Authenticate")).anySatisfy(v -> assertThat(v).startsWith("Basic "))
                .anySatisfy(v -> assertThat(v).startsWith("Bearer "));
        assertThat(r.body()).doesNotContain("active");
    }

    @Test
    void anAnonymousCallerLearnsNothingAboutAToken() {
        String token = liveToken();

        assertUnauthorized(introspect(token));
        assertUnauthorized(api.post("/api/v1/introspect", "{\"token\":\"" + token + "\"}"));
    }

    @Test
    void aWrongClientSecretAnUnknownClientOrGarbageIsRefused() {
        String token = liveToken();

        assertUnauthorized(introspect(token, "Authorization", basic(CLIENT, SECRET + "x")));
        assertUnauthorized(introspect(token, "Authorization", basic("someone-else", SECRET)));
        assertUnauthorized(introspect(token, "Authorization", basic(CLIENT, "")));
        assertUnauthorized(introspect(token, "Authorization", "Basic !!!not-base64"));
        assertUnauthorized(introspect(token, "Authorization", "Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes())));
        assertUnauthorized(introspect(token, "Authorization", bearer("not-a-token")));
    }

    @Test
    void aUserTokenWithoutTheAdminRoleIsForbidden() {
        String token = liveToken();

        HttpTestClient.Response r = introspect(token, "Authorization", bearer(token));

        assertThat(r.status()).as(r.toString()).isEqualTo(403);
        assertThat(r.json().getString("type")).isEqualTo("urn:authgate:problem:forbidden");
        assertThat(r.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).contains("insufficient_scope"));
    }

    @Test
    void theResourceServerAndAnAdministratorAreAnswered() {
        String token = liveToken();

        HttpTestClient.Response byClient = introspect(token, "Authorization", resourceServer());
        HttpTestClient.Response byAdmin = introspect(token, "Authorization", bearer(api.adminToken()));

        assertThat(byClient.status()).as(byClient.toString()).isEqualTo(200);
        assertThat(byClient.json().getBoolean("active")).isTrue();
        assertThat(byAdmin.status()).as(byAdmin.toString()).isEqualTo(200);
        assertThat(byAdmin.json().getBoolean("active")).isTrue();
        assertThat(introspect("not-a-token", "Authorization", resourceServer()).json().getBoolean("active")).isFalse();
    }
}
