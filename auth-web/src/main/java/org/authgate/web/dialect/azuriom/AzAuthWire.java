package org.authgate.web.dialect.azuriom;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;

/** The JSON bodies of Azuriom's {@code Api/AuthController}, field for field. */
public final class AzAuthWire {
    private AzAuthWire() {
    }

    /**
     * The user JSON of authenticate and verify, not wrapped and without {@code status}.
     *
     * @param id          Azuriom's integer user id: see {@link AzAuthMapper#azuriomId}
     * @param money       Azuriom's site currency: the identity attribute {@code money}, 0 when absent
     * @param uuid        the subject id (Azuriom shows the Minecraft UUID here)
     * @param createdAt   ISO-8601 with offset, as Carbon's toIso8601String writes it
     */
    @JsonbNillable
    @JsonbPropertyOrder({"id", "username", "email", "uuid", "email_verified", "money", "role", "banned",
            "created_at", "access_token"})
    public record AzAuthUserJson(
            int id,
            String username,
            String email,
            String uuid,
            @JsonbProperty("email_verified") boolean emailVerified,
            double money,
            AzAuthRoleJson role,
            boolean banned,
            @JsonbProperty("created_at") String createdAt,
            @JsonbProperty("access_token") String accessToken) {
    }

    /** {@code color} is {@code #rrggbb}: the AzAuth Java client parses it as a colour. */
    @JsonbPropertyOrder({"id", "name", "color"})
    public record AzAuthRoleJson(int id, String name, String color) {
    }

    /** Every refusal: {@code {"status":"error"|"pending","reason":…,"message":…}}. */
    @JsonbPropertyOrder({"status", "reason", "message"})
    public record AzAuthErrorJson(String status, String reason, String message) {
    }

    /** The 403 of a banned user: the error plus {@code ban_reason} (null when none was given). */
    @JsonbNillable
    @JsonbPropertyOrder({"status", "reason", "message", "ban_reason"})
    public record AzAuthBannedJson(String status, String reason, String message,
                            @JsonbProperty("ban_reason") String banReason) {
    }

    /**
     * Laravel's 422 validation body {@code {message, errors:{field:[…]}}}.
     *
     * @param status not in Laravel's body: only for wire compatibility with the AzAuth Java client, which
     *               reads {@code status} from every 4xx body and fails without it
     */
    @JsonbPropertyOrder({"status", "message", "errors"})
    public record AzAuthValidationJson(String status, String message, Map<String, List<String>> errors) {
    }

    /** {@code {"status":"success"}} of logout, and {@code {"status":"error","message":…}} of the other errors. */
    @JsonbPropertyOrder({"status", "message"})
    public record AzAuthStatusJson(String status, String message) {
    }
}
