package org.authgate.web.dialect.kuzzle;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.authgate.web.http.JsonLimits;

/**
 * Kuzzle's response envelope {@code {requestId, status, error, controller, action, collection, index,
 * volatile, result, headers, node}}: every answer of the dialect, success or error, has it, with the
 * HTTP status equal to {@code status}. {@code collection}, {@code index} and {@code headers} exist only for
 * wire compatibility (the auth controller has no index or collection).
 */
final class KuzzleEnvelope {
    /** Kuzzle names the cluster node that answered; one id per running server. */
    private static final String NODE = "authgate-" + UUID.randomUUID();
    static final String VOLATILE_HEADER = "X-Kuzzle-Volatile";

    private KuzzleEnvelope() {
    }

    static Response ok(String controller, String action, JsonValue volatileData, JsonValue result) {
        return build(200, controller, action, volatileData, JsonValue.NULL, result);
    }

    static Response error(String controller, String action, JsonValue volatileData, KuzzleErrorId error,
                          String... props) {
        var propArray = Json.createArrayBuilder();
        for (String p : props) {
            propArray.add(p);
        }
        // Kuzzle adds "stack" only in development mode: never here.
        JsonObject body = Json.createObjectBuilder()
                .add("message", error.message(props))
                .add("status", error.status())
                .add("id", error.id())
                .add("code", error.code())
                .add("props", propArray)
                .build();
        return build(error.status(), controller, action, volatileData, body, JsonValue.NULL);
    }

    static Response error(String controller, String action, JsonValue volatileData, KuzzleRefusal failure) {
        return error(controller, action, volatileData, failure.error(), failure.props());
    }

    /**
     * The request's {@code X-Kuzzle-Volatile} header as JSON, echoed in every answer; null when absent.
     *
     * @throws KuzzleRefusal when the header is not JSON
     */
    static JsonValue volatileOf(String header, JsonLimits limits) {
        if (header == null || header.isBlank()) {
            return JsonValue.NULL;
        }
        try {
            return limits.read(header);
        } catch (JsonException | IllegalStateException e) {
            throw new KuzzleRefusal(KuzzleErrorId.VOLATILE_PARSE_FAILED, "not valid JSON");
        }
    }

    /** Like {@link #volatileOf} but never fails: for rendering errors, where the header may be the culprit. */
    static JsonValue volatileOrNull(String header, JsonLimits limits) {
        try {
            return volatileOf(header, limits);
        } catch (KuzzleRefusal e) {
            return JsonValue.NULL;
        }
    }

    private static Response build(int status, String controller, String action, JsonValue volatileData,
                                  JsonValue error, JsonValue result) {
        JsonObjectBuilder envelope = Json.createObjectBuilder()
                .add("requestId", UUID.randomUUID().toString())
                .add("status", status)
                .add("error", error)
                .add("controller", text(controller))
                .add("action", text(action))
                .add("collection", JsonValue.NULL)
                .add("index", JsonValue.NULL)
                .add("volatile", volatileData == null ? JsonValue.NULL : volatileData)
                .add("result", result == null ? JsonValue.NULL : result)
                .add("headers", JsonValue.EMPTY_JSON_OBJECT)
                .add("node", NODE);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8"))
                .entity(envelope.build().toString()).build();
    }

    private static JsonValue text(String value) {
        return value == null ? JsonValue.NULL : Json.createValue(value);
    }
}
