package org.authgate.web.dialect.azuriom;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.authgate.web.testing.HttpTestClient;

/**
 * What the AzAuth Java client (not on Maven Central, so not run here) needs from every answer: JSON,
 * {@code status} in every 4xx body, and, when present, {@code uuid} a UUID, {@code created_at} an ISO
 * date-time with offset and {@code role.color} {@code #RRGGBB}.
 */
final class AzAuthClientRules {
    private AzAuthClientRules() {
    }

    static JsonObject readableByTheJavaClient(HttpTestClient.Response response) {
        assertThat(response.contentType()).as(response.toString()).startsWith("application/json");
        JsonObject body = response.json();
        if (response.status() >= 400 && response.status() < 500) {
            assertThat(body.containsKey("status")).as("4xx without status: " + response).isTrue();
            assertThat(body.get("status").getValueType()).isEqualTo(JsonValue.ValueType.STRING);
        }
        if (body.containsKey("uuid")) {
            String uuid = body.getString("uuid");
            UUID.fromString(uuid.length() == 32 ? uuid.replaceFirst(
                    "(\\p{XDigit}{8})(\\p{XDigit}{4})(\\p{XDigit}{4})(\\p{XDigit}{4})(\\p{XDigit}+)", "$1-$2-$3-$4-$5")
                    : uuid);
        }
        if (body.containsKey("created_at")) {
            OffsetDateTime.parse(body.getString("created_at"));
        }
        if (body.containsKey("role")) {
            assertThat(body.getJsonObject("role").getString("color")).matches("#[0-9a-fA-F]{6}");
        }
        return body;
    }
}
