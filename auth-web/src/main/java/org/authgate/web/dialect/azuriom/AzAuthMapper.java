package org.authgate.web.dialect.azuriom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.authgate.core.identity.Identity;
import org.authgate.core.login.LoginOutcome;

/** Identity and outcomes to Azuriom's JSON; configuration decides the role shown. */
@ApplicationScoped
public class AzAuthMapper {
    /** Carbon's {@code toIso8601String()}: seconds and a numeric offset, {@code 2020-06-29T17:39:12+00:00}. */
    static final DateTimeFormatter ISO_WITH_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
            .withZone(ZoneOffset.UTC);

    @Inject
    AzuriomConfig config;

    AzAuthWire.AzAuthUserJson user(Identity identity, String accessToken) {
        AzuriomConfig.AzuriomRole role = roleOf(identity);
        return new AzAuthWire.AzAuthUserJson(azuriomId(identity.subject().value()), identity.username(),
                identity.email(), identity.subject().toString(), identity.emailVerified(), money(identity),
                new AzAuthWire.AzAuthRoleJson(role.id(), role.name(), role.color()), identity.banned(),
                identity.createdAt() == null ? null : ISO_WITH_OFFSET.format(identity.createdAt()), accessToken);
    }

    /** The first configured role the user holds, else the default role. */
    AzuriomConfig.AzuriomRole roleOf(Identity identity) {
        for (AzuriomConfig.RoleMapping mapping : config.roles()) {
            if (identity.hasRole(mapping.authgateRole())) {
                return mapping.role();
            }
        }
        return config.defaultRole();
    }

    /**
     * Azuriom's users have integer ids; ours have UUIDs. The id shown is the first 31 bits of the
     * SHA-256 of the subject UUID, plus one: stable across nodes and restarts, positive, never 0, and
     * needing no table. Two users may share an id (about even odds among 55,000 users): clients that
     * must tell users apart use {@code uuid}, as Azuriom's own clients do.
     */
    static int azuriomId(UUID subject) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(subject.toString().getBytes(StandardCharsets.US_ASCII));
            int bits = ByteBuffer.wrap(digest).getInt() & 0x7fffffff;
            return bits == Integer.MAX_VALUE ? bits : bits + 1;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The attribute {@code money}; 0 when absent or not a number. */
    static double money(Identity identity) {
        return identity.attribute("money").map(text -> {
            try {
                return new BigDecimal(text.strip()).doubleValue();
            } catch (NumberFormatException e) {
                return 0.0;
            }
        }).orElse(0.0);
    }

    Response ok(Object body) {
        return json(200, body);
    }

    Response refused(LoginOutcome.Refused refused) {
        return switch (refused.refusal()) {
            case INVALID_SECOND_FACTOR -> error(422, "invalid_2fa", "Invalid 2FA code");
            case BANNED -> banned(refused.identity().map(Identity::banReason).orElse(null));
            // Azuriom has no expired passwords: an authgate addition, in Azuriom's error shape.
            case PASSWORD_EXPIRED -> error(422, "password_expired", "Password expired");
            // Azuriom has no disabled accounts either: a disabled account is one that cannot log in.
            case DISABLED, INVALID_CREDENTIALS -> error(422, "invalid_credentials", "Invalid credentials");
        };
    }

    Response pendingSecondFactor() {
        // 4xx on purpose: the JS client turns only a non-2xx pending answer into requires2fa.
        return json(422, new AzAuthWire.AzAuthErrorJson("pending", "2fa", "Missing 2FA code"));
    }

    Response banned(String reason) {
        return json(403, new AzAuthWire.AzAuthBannedJson("error", "user_banned", "User banned", reason));
    }

    Response invalidToken() {
        return error(401, "invalid_token", "Invalid token");
    }

    Response loggedOut() {
        return json(200, new AzAuthWire.AzAuthStatusJson("success", null));
    }

    Response disabled() {
        return json(400, new AzAuthWire.AzAuthStatusJson("error", "Auth API is not enabled"));
    }

    Response invalidInput(Map<String, List<String>> errors) {
        return json(422, AzAuthInput.validationBody(errors));
    }

    static Response error(int status, String reason, String message) {
        return json(status, new AzAuthWire.AzAuthErrorJson("error", reason, message));
    }

    static Response json(int status, Object body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

}
