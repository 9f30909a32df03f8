package org.authgate.web.dialect.wazo;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import org.authgate.web.http.JsonLimits;

/**
 * The body of {@code POST /token}, checked as wazo-auth's schema checks it: the shape of the request,
 * not business rules (the core still bounds the lifetime by its configured maximum).
 *
 * @param accessType {@code online} (default) or {@code offline} (then a refresh token is issued)
 */
record WazoTokenRequest(String backend, long expiration, String accessType, String clientId, String tenantId,
                        String domainName, String refreshToken) {
    static final String DEFAULT_BACKEND = "wazo_user";
    static final long DEFAULT_EXPIRATION = 3600;
    /** wazo-auth's bound: ten years. */
    static final long MAX_EXPIRATION = 315_360_000L;

    static WazoTokenRequest parse(String body, JsonLimits limits) {
        JsonObject json = object(body, limits);
        String backend = text(json, "backend", 1, 512, DEFAULT_BACKEND);
        long expiration = expiration(json);
        String accessType = text(json, "access_type", 1, 16, "online");
        if (!accessType.equals("online") && !accessType.equals("offline")) {
            throw WazoRefusal.invalidField("access_type");
        }
        String clientId = text(json, "client_id", 1, 1024, null);
        String tenantId = text(json, "tenant_id", 1, 256, null);
        String domainName = text(json, "domain_name", 1, 512, null);
        String refreshToken = text(json, "refresh_token", 1, 8192, null);
        if (tenantId != null && domainName != null) {
            throw new WazoRefusal(400, "tenant_id and domain_name are mutually exclusive");
        }
        if (clientId == null && accessType.equals("offline")) {
            throw new WazoRefusal(400, "the client_id is required with access_type offline");
        }
        if (clientId == null && refreshToken != null) {
            throw new WazoRefusal(400, "the client_id is required with a refresh_token");
        }
        return new WazoTokenRequest(backend, expiration, accessType, clientId, tenantId, domainName, refreshToken);
    }

    boolean offline() {
        return accessType.equals("offline");
    }

    Duration lifetime() {
        return Duration.ofSeconds(expiration);
    }

    /** The tenant the client named: {@code tenant_id} (deprecated) or {@code domain_name}, else null. */
    String tenant() {
        return tenantId != null ? tenantId : domainName;
    }

    private static JsonObject object(String body, JsonLimits limits) {
        if (body == null || body.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try {
            JsonValue value = limits.read(body);
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new WazoRefusal(400, "Invalid JSON body: expected an object");
            }
            return value.asJsonObject();
        } catch (jakarta.json.JsonException e) {
            throw new WazoRefusal(400, "Invalid JSON body");
        }
    }

    private static long expiration(JsonObject json) {
        JsonValue value = json.get("expiration");
        if (value == null || value == JsonValue.NULL) {
            return DEFAULT_EXPIRATION;
        }
        long seconds;
        if (value instanceof JsonNumber number && number.isIntegral()) {
            seconds = number.bigIntegerValue().min(java.math.BigInteger.valueOf(Long.MAX_VALUE))
                    .max(java.math.BigInteger.valueOf(Long.MIN_VALUE)).longValue();
        } else if (value instanceof JsonString string && string.getString().strip().matches("-?\\d{1,18}")) {
            seconds = Long.parseLong(string.getString().strip()); // marshmallow's Integer takes "3600" too
        } else {
            throw WazoRefusal.invalidField("expiration");
        }
        if (seconds < 1 || seconds > MAX_EXPIRATION) {
            throw WazoRefusal.invalidField("expiration");
        }
        return seconds;
    }

    private static String text(JsonObject json, String field, int min, int max, String absent) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return absent;
        }
        if (!(value instanceof JsonString string) || string.getString().length() < min
                || string.getString().length() > max) {
            throw WazoRefusal.invalidField(field);
        }
        return string.getString();
    }

    @Override
    public String toString() {
        return "WazoTokenRequest[" + backend + ", " + expiration + ", " + accessType + ", " + clientId + "]";
    }
}
