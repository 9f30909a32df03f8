package org.authgate.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.authgate.web.api.ApiTest;
import org.authgate.web.testing.RawHttp;
import org.junit.jupiter.api.Test;

/**
 * JSON over the limits ({@code authgate.http.json.*}: depth 32, strings of 8 KiB, numbers of 100 digits) is
 * the route's own 400 on every route that reads a body, and in the two headers that carry JSON. Before the
 * limits, 5,000 nested arrays (10 kB) were a 500 ("Input is too deeply nested") on Wazo's token route and
 * Kuzzle's login, checkToken and credentials update.
 */
class ParserLimitsIT extends ApiTest {
    private static final String APP_TOKEN = System.getProperty("authgate.it.oneentry.app-token", "it-oneentry-app-token");
    private static final String DEVICE = "{\"fingerprint\":\"UQ_limits\",\"deviceInfo\":{\"os\":\"Linux\","
            + "\"browser\":\"it\",\"location\":\"here\"}}";

    /** Every route that reads a JSON body, with the headers it needs to get that far. */
    private static final List<Route> ROUTES = List.of(
            new Route("POST", "/api/v1/login"),
            new Route("POST", "/api/v1/refresh"),
            new Route("POST", "/api/auth/0.1/token", "Authorization", "Basic dTpw"),
            new Route("POST", "/_login/local"),
            new Route("POST", "/_checkToken"),
            new Route("PUT", "/_me/credentials/local/_update", "Authorization", "Bearer x"),
            new Route("POST", "/api/auth/authenticate"),
            new Route("POST", "/api/auth/verify"),
            new Route("POST", "/api/content/users-auth-providers/marker/email/users/auth", "x-app-token", APP_TOKEN,
                    "x-device-metadata", DEVICE),
            new Route("POST", "/api/content/users-auth-providers/marker/email/users/refresh", "x-app-token",
                    APP_TOKEN, "x-device-metadata", DEVICE),
            new Route("POST", "/login/en_US"));

    private static final Map<String, String> OVER_THE_LIMITS = Map.of(
            "5,000 nested arrays", "[".repeat(5000) + "]".repeat(5000),
            "33 levels under a field", "{\"login\":" + "[".repeat(33) + "]".repeat(33) + "}",
            "a truncated deep body", "{\"login\":" + "{\"a\":".repeat(3000),
            "a string of 8 KiB + 1", "{\"login\":\"" + "x".repeat(8193) + "\",\"password\":\"y\"}",
            "a key of 8 KiB + 1", "{\"" + "k".repeat(8193) + "\":1}",
            "a number of 101 digits", "{\"expiration\":" + "9".repeat(101) + "}",
            "1e400", "{\"expiration\":1e400,\"lifetimeSeconds\":1e400}");

    private record Route(String method, String path, String... headers) {
    }

    @Test
    void jsonOverALimitIsTheRoutesOwn400OnEveryRoute() {
        List<String> wrong = new ArrayList<>();
        try (RawHttp raw = RawHttp.local()) {
            for (Route route : ROUTES) {
                for (Map.Entry<String, String> body : OVER_THE_LIMITS.entrySet()) {
                    expect400(raw, wrong, route, body.getKey(), body.getValue(), "X-Forwarded-For", api.address());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * A truncated body whose unknown field holds an object or array: Yasson skips that value and loops forever in
     * Parsson at the end of the input (a busy thread per request, no answer). JSON-B never sees it now.
     */
    @Test
    void aTruncatedBodyWithAnUnknownFieldIsA400NotAHang() {
        List<String> wrong = new ArrayList<>();
        try (RawHttp raw = RawHttp.local()) {
            for (Route route : List.of(new Route("POST", "/api/v1/login"), new Route("POST", "/api/v1/refresh"),
                    new Route("POST", "/api/v1/introspect"), new Route("POST", "/login/en_US"),
                    new Route("POST", "/api/content/users-auth-providers/marker/email/users/refresh", "x-app-token",
                            APP_TOKEN, "x-device-metadata", DEVICE))) {
                for (String body : List.of("{\"unknown\":{\"a\":1", "{\"unknown\":[1,[2,")) {
                    expect400(raw, wrong, route, body, body);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** A chunked body announces no length: it is counted while read, and refused past the limit (64 KiB here). */
    @Test
    void aChunkedBodyOverTheSizeLimitIs413InTheDialectsFormat() {
        String chunk = "{\"backend\":\"" + "x".repeat(8000) + "\"}";
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            body.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        body.append("0\r\n\r\n");
        try (RawHttp raw = RawHttp.local()) {
            RawHttp.Response wazo = raw.send("POST", "/api/auth/0.1/token", body.toString(), "Content-Type",
                    "application/json", "Transfer-Encoding", "chunked", "Authorization", "Basic dTpw");
            assertThat(wazo.status()).as(wazo.toString()).isEqualTo(413);
            assertThat(ErrorFormat.WAZO.matches(wazo)).as(wazo.toString()).isTrue();
        }
    }

    /**
     * Media-type headers that are none: RESTEasy parsed Content-Type before any filter or mapper and answered the
     * container's HTML 400; an unreadable Accept quality was a 500. Now an unknown body type in the route's format,
     * and no preference.
     */
    @Test
    void mediaTypeHeadersThatAreNoMediaTypesAreAnsweredInTheRoutesFormat() {
        try (RawHttp raw = RawHttp.local()) {
            for (String type : List.of("garbage", "application/", "application/json;;q=")) {
                RawHttp.Response wazo = raw.send("POST", "/api/auth/0.1/token", "{}", "Content-Type", type,
                        "Authorization", "Basic dTpw");
                assertThat(wazo.status()).as(wazo.toString()).isEqualTo(415);
                assertThat(ErrorFormat.WAZO.matches(wazo)).as(wazo.toString()).isTrue();
                RawHttp.Response problem = raw.send("POST", "/api/v1/login", "{}", "Content-Type", type);
                assertThat(problem.status()).as(problem.toString()).isEqualTo(415);
                assertThat(ErrorFormat.PROBLEM.matches(problem)).as(problem.toString()).isTrue();
                RawHttp.Response kuzzle = raw.send("POST", "/_login/local", "{}", "Content-Type", type);
                assertThat(ErrorFormat.KUZZLE.matches(kuzzle)).as(kuzzle.toString()).isTrue();
            }
            RawHttp.Response ping = raw.send("GET", "/api/v1/ping", (String) null, "Accept", "*/*;q=x");
            assertThat(ping.status()).as(ping.toString()).isEqualTo(200);
        }
    }

    /** Sends {@code body} as JSON to {@code route}; anything but the owner's 400 (or no answer) is {@code wrong}. */
    private static void expect400(RawHttp raw, List<String> wrong, Route route, String name, String body,
                                  String... extraHeaders) {
        String[] headers = new String[route.headers().length + 2 + extraHeaders.length];
        System.arraycopy(route.headers(), 0, headers, 0, route.headers().length);
        System.arraycopy(extraHeaders, 0, headers, route.headers().length, extraHeaders.length);
        headers[headers.length - 2] = "Content-Type";
        headers[headers.length - 1] = "application/json";
        String what = route.method() + " " + route.path() + " with " + name;
        try {
            RawHttp.Response r = raw.send(route.method(), route.path(), body, headers);
            if (r.status() != 400 || !ErrorFormat.ownerOf(route.path()).matches(r) || r.body().contains("Exception")) {
                wrong.add(what + " → " + r);
            }
        } catch (UncheckedIOException e) {
            wrong.add(what + " → no answer: " + e.getCause());
            raw.close();
        }
    }

    @Test
    void jsonHeadersOverALimitAreRefusedInTheDialectsFormat() {
        String deep = "[".repeat(2000) + "]".repeat(2000);
        try (RawHttp raw = RawHttp.local()) {
            RawHttp.Response kuzzle = raw.send("POST", "/_checkToken", "{}", "Content-Type", "application/json",
                    "X-Kuzzle-Volatile", deep);
            assertThat(kuzzle.status()).as(kuzzle.toString()).isEqualTo(400);
            assertThat(ErrorFormat.KUZZLE.matches(kuzzle)).as(kuzzle.toString()).isTrue();
            assertThat(ErrorFormat.json(kuzzle).orElseThrow().getJsonObject("error").getString("id"))
                    .isEqualTo("network.http.volatile_parse_failed");

            RawHttp.Response oneEntry = raw.send("POST",
                    "/api/content/users-auth-providers/marker/email/users/auth",
                    "{\"authData\":[{\"marker\":\"login\",\"value\":\"u\"},{\"marker\":\"password\",\"value\":\"p\"}]}",
                    "Content-Type", "application/json", "x-app-token", APP_TOKEN, "x-device-metadata", deep);
            assertThat(oneEntry.status()).as(oneEntry.toString()).isEqualTo(400);
            assertThat(ErrorFormat.ONEENTRY.matches(oneEntry)).as(oneEntry.toString()).isTrue();
        }
    }
}
