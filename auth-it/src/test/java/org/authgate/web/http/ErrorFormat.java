package org.authgate.web.http;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;
import java.util.regex.Pattern;
import org.authgate.web.testing.RawHttp;

/**
 * The error formats on the wire, as the tests recognise them, and which one a path's owner speaks: the same
 * prefixes as the server's {@code DialectErrors} beans, written again here so a test notices when the server
 * gets them wrong.
 */
enum ErrorFormat {
    /** RFC 9457 under /api/v1 and everywhere nobody else owns. */
    PROBLEM {
        @Override
        boolean matches(RawHttp.Response r) {
            return r.contentType().startsWith("application/problem+json") && json(r)
                    .filter(o -> o.getString("type", "").startsWith("urn:authgate:problem:"))
                    .filter(o -> o.getInt("status", -1) == r.status()).isPresent();
        }
    },
    /** wazo-auth's {@code {"reason":[...],"timestamp":[...],"status_code":N}}. */
    WAZO {
        @Override
        boolean matches(RawHttp.Response r) {
            return json(r).filter(o -> o.get("reason") instanceof jakarta.json.JsonArray reason && !reason.isEmpty()
                            && reason.get(0) instanceof JsonString)
                    .filter(o -> o.get("timestamp") instanceof jakarta.json.JsonArray)
                    .filter(o -> o.getInt("status_code", -1) == r.status()).isPresent();
        }
    },
    /** Kuzzle's envelope with an error object, its status the HTTP status. */
    KUZZLE {
        @Override
        boolean matches(RawHttp.Response r) {
            return json(r).filter(o -> o.containsKey("requestId") && o.containsKey("volatile") && o.containsKey("node"))
                    .filter(o -> o.getInt("status", -1) == r.status())
                    .filter(o -> o.get("error") instanceof JsonObject e && e.getInt("status", -1) == r.status()
                            && e.get("id") instanceof JsonString && e.get("message") instanceof JsonString)
                    .filter(o -> o.get("result") == JsonValue.NULL).isPresent();
        }
    },
    /** Azuriom (Laravel) JSON with the {@code status} the AzAuth Java client reads from every 4xx. */
    AZURIOM {
        @Override
        boolean matches(RawHttp.Response r) {
            return r.contentType().startsWith("application/json") && json(r)
                    .filter(o -> o.get("status") instanceof JsonString && o.get("message") instanceof JsonString)
                    .isPresent();
        }
    },
    /** OneEntry's {@code {statusCode, message, pageData:null, timestamp}}. */
    ONEENTRY {
        @Override
        boolean matches(RawHttp.Response r) {
            return r.contentType().startsWith("application/json") && json(r)
                    .filter(o -> o.getInt("statusCode", -1) == r.status() && o.containsKey("message"))
                    .filter(o -> o.get("pageData") == JsonValue.NULL && o.get("timestamp") instanceof JsonString)
                    .isPresent();
        }
    },
    /** 365View: the status and a plain-text message. */
    VIEW365 {
        @Override
        boolean matches(RawHttp.Response r) {
            return r.contentType().startsWith("text/plain") && !r.body().isBlank();
        }
    };

    private static final Pattern KUZZLE_PATHS = Pattern.compile("/(_[^/]*|users|strategies|credentials)(/.*)?");

    /** True when {@code r} is an error in this format. */
    abstract boolean matches(RawHttp.Response r);

    /** The format of the errors on {@code path} (canonical, as routing sees it). */
    static ErrorFormat ownerOf(String path) {
        if (under(path, "/api/auth/0.1") || under(path, "/api/confd/1.1") || under(path, "/api/websocketd")) {
            return WAZO;
        }
        if (under(path, "/api/auth")) {
            return AZURIOM;
        }
        if (under(path, "/api/content/users-auth-providers")) {
            return ONEENTRY;
        }
        if (under(path, "/login")) {
            return VIEW365;
        }
        if (KUZZLE_PATHS.matcher(path).matches()) {
            return KUZZLE;
        }
        return PROBLEM;
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    static Optional<JsonObject> json(RawHttp.Response r) {
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject o ? Optional.of(o) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
