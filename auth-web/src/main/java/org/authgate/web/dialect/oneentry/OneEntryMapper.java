package org.authgate.web.dialect.oneentry;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;
import java.util.Optional;
import org.authgate.core.connector.Connector;
import org.authgate.core.connector.FormField;
import org.authgate.core.connector.LoginForm;
import org.authgate.core.session.IssuedSession;
import org.authgate.core.session.SessionPolicy;
import org.authgate.web.http.JsonLimits;

/** Translates between OneEntry's wire shapes and the core's values; no rule of its own. */
final class OneEntryMapper {
    private static final int MAX_PART = 200;

    private OneEntryMapper() {
    }

    /**
     * {@code x-device-metadata}: {@code {"fingerprint":"UQ_…","deviceInfo":{"os","browser","location"}}},
     * kept on the session in this normalised, bounded form. Empty when missing or malformed.
     */
    static Optional<String> deviceMetadata(String header, JsonLimits limits) {
        if (header == null || header.isBlank() || header.length() > 4096) {
            return Optional.empty();
        }
        JsonObject parsed;
        try {
            JsonValue value = limits.read(header);
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return Optional.empty();
            }
            parsed = value.asJsonObject();
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
        JsonValue fingerprint = parsed.get("fingerprint");
        JsonValue device = parsed.get("deviceInfo");
        if (!(fingerprint instanceof JsonString print) || print.getString().isBlank()
                || device == null || device.getValueType() != JsonValue.ValueType.OBJECT) {
            return Optional.empty();
        }
        JsonObject info = device.asJsonObject();
        return Optional.of(Json.createObjectBuilder()
                .add("fingerprint", cut(print.getString()))
                .add("deviceInfo", Json.createObjectBuilder()
                        .add("os", text(info.get("os")))
                        .add("browser", text(info.get("browser")))
                        .add("location", text(info.get("location"))))
                .build().toString());
    }

    /** The device a session was opened from, as {@link #deviceMetadata} stored it. */
    static OneEntryWire.DeviceInfo deviceInfoOf(String stored) {
        if (stored == null) {
            return OneEntryWire.DeviceInfo.UNKNOWN;
        }
        try (JsonReader reader = Json.createReader(new StringReader(stored))) {
            JsonObject info = reader.readObject().getJsonObject("deviceInfo");
            if (info == null) {
                return OneEntryWire.DeviceInfo.UNKNOWN;
            }
            return new OneEntryWire.DeviceInfo(text(info.get("os")), text(info.get("browser")),
                    text(info.get("location")));
        } catch (RuntimeException e) {
            // A session opened through another dialect keeps its own free text here (which may be anything: Parsson
            // fails on deep nesting with a bare RuntimeException).
            return OneEntryWire.DeviceInfo.UNKNOWN;
        }
    }

    /** A form value as text: OneEntry clients send strings or numbers. */
    static String value(JsonValue value) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value instanceof JsonNumber n) {
            return n.toString();
        }
        return null;
    }

    static OneEntryWire.AuthEntity authEntity(IssuedSession issued, String marker) {
        return new OneEntryWire.AuthEntity(issued.session().username(), marker, issued.accessToken(),
                issued.refreshToken());
    }

    /**
     * IAuthProvidersEntity. {@code id} is the provider's position in the configuration; {@code config}
     * carries OneEntry's keys as strings (its own type), and the connector's login form under
     * {@code formFields}, an authgate addition a client may ignore.
     */
    static JsonObject provider(int id, String marker, Optional<Connector> connector, SessionPolicy policy) {
        JsonArrayBuilder fields = Json.createArrayBuilder();
        connector.map(Connector::loginForm).map(LoginForm::fields).ifPresent(list -> list.forEach(f ->
                fields.add(field(f))));
        JsonObjectBuilder config = Json.createObjectBuilder()
                .add("accessTokenTtlSec", String.valueOf(policy.defaultLifetime().toSeconds()))
                .add("refreshTokenTtlMc", String.valueOf(policy.refreshTokenLifetime().toMillis()))
                // Wire compatibility: OneEntry's account clean-up and activation codes, which authgate has not.
                .add("deleteNoneActiveUsersAfterDays", "0")
                .add("systemCodeTlsSec", "0")
                .add("systemCodeLength", "0")
                .addNull("oauthAuthUrl")
                .addNull("systemCodeOnlyNumbers")
                .add("formFields", fields);
        return Json.createObjectBuilder()
                .add("id", id)
                .add("identifier", marker)
                // OneEntry's provider type for login + password providers.
                .add("type", "email")
                .add("formIdentifier", connector.map(c -> c.id().value()).orElse(marker))
                // Wire compatibility: OneEntry puts new users in a group; authgate registers nobody.
                .add("userGroupIdentifier", "")
                .add("isActive", connector.isPresent())
                .add("isCheckCode", false)
                .add("version", 0)
                .add("localizeInfos", Json.createObjectBuilder().add("title", marker))
                .add("config", config)
                .build();
    }

    private static JsonObject field(FormField f) {
        return Json.createObjectBuilder()
                .add("marker", f.name())
                .add("type", f.type().name().toLowerCase(java.util.Locale.ROOT))
                .add("required", f.required())
                .add("title", f.label() == null ? f.name() : f.label())
                .build();
    }

    static Map<String, String> claims(String marker, String userIdentifier) {
        return userIdentifier == null ? Map.of("authProviderIdentifier", marker)
                : Map.of("authProviderIdentifier", marker, "userIdentifier", userIdentifier);
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString s ? cut(s.getString()) : "";
    }

    private static String cut(String value) {
        return value.length() <= MAX_PART ? value : value.substring(0, MAX_PART);
    }
}
