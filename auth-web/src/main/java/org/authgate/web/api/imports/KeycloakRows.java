package org.authgate.web.api.imports;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.authgate.core.account.ImportedAccount;
import org.authgate.core.account.KeycloakPassword;
import org.authgate.core.identity.TenantId;
import org.authgate.web.usecase.ImportRow;

/**
 * Format {@code keycloak}: a realm export ({@code kc.sh export --users same_file}, or one of the
 * {@code realm-users-N.json} files of {@code different_files}); the realm's other members are skipped unread. Each
 * user brings its username, email, realm roles (Keycloak's {@code default-roles-<realm>} composite left out) and its
 * {@code password} credential, whose {@code secretData} and {@code credentialData} are JSON texts inside the JSON,
 * turned into a stored hash by {@link KeycloakPassword}. A user without a password credential (a service account, a
 * federated user) is a failed row.
 */
final class KeycloakRows extends StreamedRows {
    KeycloakRows(JsonParser parser, TenantId tenant) {
        super(parser, tenant);
    }

    @Override
    String open(JsonParser parser) {
        if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
            return "a Keycloak realm export is a JSON object";
        }
        while (parser.hasNext()) {
            JsonParser.Event event = parser.next();
            if (event == JsonParser.Event.END_OBJECT) {
                break;
            }
            String key = parser.getString();
            JsonParser.Event value = parser.next();
            if (key.equals("users") && value == JsonParser.Event.START_ARRAY) {
                return null;
            }
            skip(parser, value);
        }
        return "the realm export has no users array (export with --users same_file)";
    }

    @Override
    ImportRow row(int index, JsonObject user) {
        JsonObject credential = passwordCredential(user);
        if (credential == null) {
            return ImportRow.failed(index, "the user has no password credential");
        }
        JsonObject secret = embedded(credential, "secretData");
        JsonObject data = embedded(credential, "credentialData");
        KeycloakPassword password = new KeycloakPassword(text(data, "algorithm"),
                data.containsKey("hashIterations") ? data.getJsonNumber("hashIterations").intValueExact() : 0,
                parameters(data), text(secret, "value"), text(secret, "salt"));
        Set<String> roles = texts(user, "realmRoles").stream().filter(r -> !r.startsWith("default-roles-"))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        return ImportRow.of(index, new ImportedAccount(tenant, text(user, "username"), text(user, "email"),
                password.toStoredHash(), roles));
    }

    private static JsonObject passwordCredential(JsonObject user) {
        JsonValue credentials = user.get("credentials");
        if (!(credentials instanceof JsonArray array)) {
            return null;
        }
        for (JsonValue item : array) {
            if (item instanceof JsonObject credential && "password".equals(text(credential, "type"))) {
                return credential;
            }
        }
        return null;
    }

    /** A member that holds a JSON object written as a string, as Keycloak stores credentials. */
    private static JsonObject embedded(JsonObject credential, String name) {
        String json = text(credential, name);
        if (json == null) {
            throw new IllegalArgumentException("the password credential lacks " + name);
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** {@code additionalParameters}: each a list of one string in Keycloak's model. */
    private static Map<String, String> parameters(JsonObject data) {
        Map<String, String> parameters = new LinkedHashMap<>();
        JsonValue additional = data.get("additionalParameters");
        if (additional instanceof JsonObject object) {
            object.forEach((name, value) -> {
                JsonValue first = value instanceof JsonArray list && !list.isEmpty() ? list.get(0) : value;
                if (first instanceof JsonString string) {
                    parameters.put(name, string.getString());
                } else if (first instanceof JsonNumber number) {
                    parameters.put(name, number.toString());
                }
            });
        }
        return parameters;
    }
}
