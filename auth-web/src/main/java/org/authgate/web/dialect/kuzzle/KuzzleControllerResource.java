package org.authgate.web.dialect.kuzzle;

import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.authgate.core.InvalidRequest;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.web.http.JsonLimits;
import org.authgate.web.http.RequestContext;
import org.authgate.web.usecase.CallerSession;

/**
 * What every resource of a Kuzzle controller shares: Kuzzle's arguments read as Kuzzle reads them over HTTP (the
 * JSON body, {@code expiresIn}, bare flags, the bearer token), and each action's answer in Kuzzle's envelope with
 * the controller and action named, a {@link KuzzleRefusal} or the core's {@link InvalidRequest} as Kuzzle's error.
 * Unknown query arguments are ignored: Kuzzle's SDK sends some of its options there ({@code ?verb=POST}).
 */
abstract class KuzzleControllerResource {
    static final Dialect DIALECT = new Dialect("kuzzle");
    /** Kuzzle's {@code expiresIn} for a token that never expires. */
    private static final double NEVER = -1;

    @Inject
    KuzzleConfig config;

    @Inject
    RequestContext request;

    @Inject
    JsonLimits jsonLimits;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    /** Runs one action and renders its result, or its refusal, in Kuzzle's envelope. */
    Response respond(String controller, String action, Supplier<JsonValue> work) {
        String volatileHeader = headers.getHeaderString(KuzzleEnvelope.VOLATILE_HEADER);
        JsonValue echo = KuzzleEnvelope.volatileOrNull(volatileHeader, jsonLimits);
        try {
            KuzzleEnvelope.volatileOf(volatileHeader, jsonLimits);
            return KuzzleEnvelope.ok(controller, action, echo, work.get());
        } catch (KuzzleRefusal refusal) {
            return KuzzleEnvelope.error(controller, action, echo, refusal);
        } catch (InvalidRequest invalid) {
            return KuzzleEnvelope.error(controller, action, echo, switch (invalid.kind()) {
                case UNKNOWN_CONNECTOR, CONNECTOR_DISABLED -> new KuzzleRefusal(KuzzleErrorId.UNKNOWN_STRATEGY,
                        String.valueOf(uri.getPathParameters().getFirst("strategy")));
                case LIFETIME_TOO_LONG -> new KuzzleRefusal(KuzzleErrorId.TTL_EXCEEDED);
                case INVALID_LIFETIME -> new KuzzleRefusal(KuzzleErrorId.INVALID_ARGUMENT, "expiresIn",
                        "a positive duration");
                case NOT_SUPPORTED, INVALID_ARGUMENT -> new KuzzleRefusal(KuzzleErrorId.INVALID_ARGUMENT, "body",
                        invalid.getMessage());
            });
        }
    }

    /** Kuzzle's error for a refused token: expired, or invalid for any other reason. */
    static KuzzleRefusal tokenRefused(CallerSession.Refusal why) {
        return new KuzzleRefusal(why == CallerSession.Refusal.EXPIRED ? KuzzleErrorId.TOKEN_EXPIRED
                : KuzzleErrorId.TOKEN_INVALID);
    }

    String bearer(String controller, String action) {
        return request.bearerToken()
                .orElseThrow(() -> new KuzzleRefusal(KuzzleErrorId.UNAUTHORIZED, controller, action));
    }

    ClientInfo client() {
        return request.client(null);
    }

    ConnectorId connectorOf(String strategy) {
        return config.connectorOf(strategy)
                .orElseThrow(() -> new KuzzleRefusal(KuzzleErrorId.UNKNOWN_STRATEGY, strategy));
    }

    /** The {@code expiresIn} argument with the {@code ms} library's meaning; the configured default when absent. */
    Duration expiresIn() {
        String text = uri.getQueryParameters().getFirst("expiresIn");
        if (text == null) {
            return config.defaultExpiresIn();
        }
        OptionalDouble millis = MsTimespan.parse(text);
        if (millis.isEmpty()) {
            throw new KuzzleRefusal(KuzzleErrorId.INVALID_ARGUMENT, "expiresIn",
                    "a number of milliseconds or a duration such as \"12h\"");
        }
        if (millis.getAsDouble() == NEVER) {
            // Sessions always end (authgate.session.max-lifetime-seconds): a token that never expires exceeds it.
            throw new KuzzleRefusal(KuzzleErrorId.TTL_EXCEEDED);
        }
        return Duration.ofMillis(Math.round(millis.getAsDouble()));
    }

    /** A bare {@code ?global} (how the SDK sends {@code true}) or {@code ?global=true}. */
    boolean flag(String name) {
        List<String> values = uri.getQueryParameters().get(name);
        if (values == null || values.isEmpty()) {
            return false;
        }
        String value = values.get(0).toLowerCase(Locale.ROOT);
        return !value.equals("false") && !value.equals("0");
    }

    /** The JSON object body; an empty body is an empty object, as Kuzzle reads it. */
    JsonObject bodyOf(String raw) {
        if (raw == null || raw.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        String type = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new KuzzleRefusal(KuzzleErrorId.UNSUPPORTED_CONTENT, String.valueOf(type));
        }
        try {
            JsonValue value = jsonLimits.read(raw);
            if (value instanceof JsonObject object) {
                return object;
            }
        } catch (JsonException e) {
            throw new KuzzleRefusal(KuzzleErrorId.BODY_PARSE_FAILED, "invalid JSON");
        }
        throw new KuzzleRefusal(KuzzleErrorId.BODY_PARSE_FAILED, "the body is not a JSON object");
    }

    static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value instanceof JsonString s ? s.getString() : null;
    }
}
