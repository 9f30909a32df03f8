package org.authgate.web.dialect.wazo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import org.authgate.web.api.NativeApi;
import org.authgate.web.testing.HttpTestClient;

/**
 * Wazo's HTTP API as its SDK calls it: over HTTPS, from a per-test client address (X-Forwarded-For,
 * trusted by the IT server) so lockouts of one test never reach another; users come from the native
 * admin API.
 */
final class WazoClient {
    static final String AUTH = "/api/auth/0.1";
    static final String CONFD = "/api/confd/1.1";
    /** Python's %Y-%m-%dT%H:%M:%S.%f */
    /** wazo-auth's token shape, the dialect's default ({@code authgate.dialect.wazo.token-shape=uuid}). */
    static final String UUID_V4 = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
    static final String WAZO_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}";

    final NativeApi api = new NativeApi();
    final HttpTestClient https = HttpTestClient.https();
    final String address = "10." + random(256) + "." + random(256) + "." + (1 + random(254));

    HttpTestClient.Response send(String method, String path, String body, String contentType, String... headers) {
        String[] all = new String[headers.length + 4];
        System.arraycopy(headers, 0, all, 0, headers.length);
        all[headers.length] = "X-Forwarded-For";
        all[headers.length + 1] = address;
        all[headers.length + 2] = "User-Agent";
        all[headers.length + 3] = "wazo-it";
        return https.send(method, path, body, contentType, all);
    }

    HttpTestClient.Response get(String path, String... headers) {
        return send("GET", path, null, null, headers);
    }

    HttpTestClient.Response head(String path, String... headers) {
        return send("HEAD", path, null, null, headers);
    }

    HttpTestClient.Response delete(String path, String... headers) {
        return send("DELETE", path, null, null, headers);
    }

    /** POST /token with Basic credentials and a JSON body. */
    HttpTestClient.Response createToken(String username, String password, String json) {
        return send("POST", AUTH + "/token", json, "application/json", "Authorization", basic(username, password));
    }

    /** The SDK's login body with a client id: offline, so with a refresh token. */
    HttpTestClient.Response logIn(String username, String password, String clientId) {
        return createToken(username, password, Json.createObjectBuilder().add("backend", "wazo_user")
                .add("expiration", 3600).add("access_type", "offline").add("client_id", clientId).build().toString());
    }

    /** Logs in offline and returns the {@code data} object, failing the test otherwise. */
    JsonObject loggedIn(String username, String password, String clientId) {
        HttpTestClient.Response response = logIn(username, password, clientId);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().getJsonObject("data");
    }

    HttpTestClient.Response refresh(String refreshToken, String clientId, int expiration) {
        return send("POST", AUTH + "/token", Json.createObjectBuilder().add("backend", "wazo_user")
                .add("expiration", expiration).add("refresh_token", refreshToken).add("client_id", clientId).build()
                .toString(), "application/json");
    }

    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Asserts wazo-auth's error body: {"reason":[reason],"timestamp":[<epoch float>],"status_code":status}. */
    static void assertWazoError(HttpTestClient.Response response, int status, String reason) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/json");
        JsonObject body = response.json();
        assertThat(body.keySet()).containsExactlyInAnyOrder("reason", "timestamp", "status_code");
        assertThat(body.getInt("status_code")).isEqualTo(status);
        assertThat(body.getJsonArray("timestamp").getJsonNumber(0).doubleValue())
                .isCloseTo(System.currentTimeMillis() / 1000.0, org.assertj.core.data.Offset.offset(3600.0 * 24 * 400));
        if (reason != null) {
            assertThat(body.getJsonArray("reason").getString(0)).isEqualTo(reason);
        }
    }

    private static int random(int bound) {
        return ThreadLocalRandom.current().nextInt(bound);
    }
}
