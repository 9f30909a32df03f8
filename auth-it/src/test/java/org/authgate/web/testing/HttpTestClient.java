package org.authgate.web.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * A small HTTP client for integration tests, on {@link java.net.http.HttpClient}: bodies are strings
 * (JSON written by the test), responses are read whole and parsed with Jakarta JSON on demand.
 *
 * <pre>{@code
 * HttpTestClient http = HttpTestClient.http();
 * HttpTestClient.Response r = http.post("/api/v1/login", """
 *         {"connector":"local","login":"admin","password":"..."}""");
 * assertThat(r.status()).isEqualTo(200);
 * JsonObject body = r.json();
 * http.get("/api/v1/session", "Authorization", "Bearer " + token);
 * }</pre>
 *
 * Headers are given as name/value pairs after the path. Requests use HTTP/1.1, no cookies are kept
 * and redirects are not followed, so a test sees exactly what the server answered.
 */
public final class HttpTestClient {
    /** The server's plain HTTP listener. */
    public static final URI HTTP = URI.create("http://localhost:" + (8080 + portOffset()));
    /** The server's HTTPS listener (self-signed certificate). */
    public static final URI HTTPS = URI.create("https://localhost:" + (8443 + portOffset()));

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** The server's port offset (system property {@code authgate.it.port-offset}, set by failsafe). */
    public static int portOffset() {
        return Integer.getInteger("authgate.it.port-offset", 0);
    }

    private final URI base;
    private final HttpClient client;

    private HttpTestClient(URI base, HttpClient client) {
        this.base = base;
        this.client = client;
    }

    /** A client for http://localhost:8080. */
    public static HttpTestClient http() {
        return new HttpTestClient(HTTP, builder().build());
    }

    /** A client for another server's plain HTTP listener (the second node of the two-node tests). */
    public static HttpTestClient at(URI base) {
        return new HttpTestClient(base, builder().build());
    }

    /** A client for https://localhost:8443 that trusts any certificate: for tests only. */
    public static HttpTestClient https() {
        return new HttpTestClient(HTTPS, builder().sslContext(trustAllSslContext()).build());
    }

    public Response get(String path, String... headers) {
        return send("GET", path, null, null, headers);
    }

    public Response delete(String path, String... headers) {
        return send("DELETE", path, null, null, headers);
    }

    public Response head(String path, String... headers) {
        return send("HEAD", path, null, null, headers);
    }

    /** POST with a JSON body ({@code Content-Type: application/json}). */
    public Response post(String path, String json, String... headers) {
        return send("POST", path, json, "application/json", headers);
    }

    /** PUT with a JSON body ({@code Content-Type: application/json}). */
    public Response put(String path, String json, String... headers) {
        return send("PUT", path, json, "application/json", headers);
    }

    /**
     * Any request: {@code body} may be null (no body), {@code contentType} may be null (no
     * Content-Type header), so a test can send malformed or mislabelled bodies too.
     */
    public Response send(String method, String path, String body, String contentType, String... headers) {
        if (headers.length % 2 != 0) {
            throw new IllegalArgumentException("headers come as name/value pairs");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(TIMEOUT)
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /** Sends a request built by the test (its URI must be absolute). */
    public Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body(), response.sslSession());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The absolute URI of {@code path} on this client's listener. */
    public URI uri(String path) {
        return base.resolve(path);
    }

    /** An HttpClient of the kind this class uses, for tests that need their own (cookies, say). */
    public static HttpClient.Builder builder() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER);
    }

    /** An SSLContext that accepts any server certificate and host name. Never outside tests. */
    public static SSLContext trustAllSslContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new TrustAll()}, new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A whole response. */
    public record Response(int status, HttpHeaders headers, String body, Optional<SSLSession> sslSession) {

        /** The first value of a header, if present (names are case-insensitive). */
        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        /** The Content-Type header, or "" when there is none. */
        public String contentType() {
            return header("Content-Type").orElse("");
        }

        /** The body as a JSON object; fails the test if it is not one. */
        public JsonObject json() {
            return (JsonObject) parse();
        }

        /** The body as a JSON array; fails the test if it is not one. */
        public JsonArray jsonArray() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            } catch (RuntimeException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType() + " " + body;
        }
    }

    /**
     * Extended, so that JSSE does not wrap it and add its own host name check: this one checks
     * nothing at all.
     */
    private static final class TrustAll extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
