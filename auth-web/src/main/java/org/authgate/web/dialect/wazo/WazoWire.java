package org.authgate.web.dialect.wazo;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/**
 * Wazo's JSON bodies, field for field (snake_case names, wazo-auth's envelopes). Null fields are left
 * out unless the type says otherwise.
 */
public final class WazoWire {
    private WazoWire() {
    }

    /** {@code {"data": {...}}}: every token answer. */
    public record WazoTokenEnvelope(WazoToken data) {
    }

    /**
     * One token as wazo-auth shows it. {@code auth_id}, {@code xivo_user_uuid} and {@code metadata.uuid}
     * are all the user's uuid; {@code refresh_token} is present only for an {@code offline} login.
     */
    @JsonbPropertyOrder({"token", "auth_id", "xivo_user_uuid", "xivo_uuid", "issued_at", "expires_at",
            "utc_issued_at", "utc_expires_at", "acl", "session_uuid", "remote_addr", "user_agent", "metadata",
            "refresh_token"})
    public record WazoToken(
            String token,
            @JsonbProperty("auth_id") String authId,
            /** wire compatibility: the pre-Wazo (XiVO) name of the user's uuid */
            @JsonbProperty("xivo_user_uuid") String xivoUserUuid,
            /** wire compatibility: the stack's uuid (the SDK's stackUuid) */
            @JsonbProperty("xivo_uuid") String xivoUuid,
            @JsonbProperty("issued_at") String issuedAt,
            @JsonbProperty("expires_at") String expiresAt,
            @JsonbProperty("utc_issued_at") String utcIssuedAt,
            @JsonbProperty("utc_expires_at") String utcExpiresAt,
            List<String> acl,
            @JsonbProperty("session_uuid") String sessionUuid,
            @JsonbProperty("remote_addr") String remoteAddr,
            @JsonbProperty("user_agent") String userAgent,
            WazoTokenMetadata metadata,
            @JsonbProperty("refresh_token") String refreshToken) {
        @Override
        public String toString() {
            return "WazoToken[" + sessionUuid + "]";
        }
    }

    /**
     * The token's metadata. {@code pbx_user_uuid}, {@code xivo_uuid}, {@code purpose} and {@code admin}
     * exist for wire compatibility only (wazo-auth's user purposes and tenant administrators).
     * No {@code jwt} here: the SDK would verify it with Wazo's own key.
     */
    @JsonbPropertyOrder({"uuid", "tenant_uuid", "auth_id", "pbx_user_uuid", "xivo_uuid", "purpose", "admin"})
    public record WazoTokenMetadata(
            String uuid,
            @JsonbProperty("tenant_uuid") String tenantUuid,
            @JsonbProperty("auth_id") String authId,
            @JsonbProperty("pbx_user_uuid") String pbxUserUuid,
            @JsonbProperty("xivo_uuid") String xivoUuid,
            String purpose,
            boolean admin) {
    }

    /** {@code {"data": {"message": "success"}}}: the answer to a token deletion. */
    public record WazoMessageEnvelope(WazoMessage data) {
        static final WazoMessageEnvelope SUCCESS = new WazoMessageEnvelope(new WazoMessage("success"));
    }

    public record WazoMessage(String message) {
    }

    /** wazo-auth's error body: {@code {"reason": [...], "timestamp": [<epoch float>], "status_code": N}}. */
    @JsonbPropertyOrder({"reason", "timestamp", "status_code"})
    public record WazoErrorBody(List<String> reason, List<BigDecimal> timestamp,
                         @JsonbProperty("status_code") int statusCode) {
    }

    /** A page of sessions. */
    public record WazoSessionList(long total, long filtered, List<WazoSessionItem> items) {
    }

    @JsonbPropertyOrder({"uuid", "user_uuid", "tenant_uuid", "mobile"})
    public record WazoSessionItem(String uuid, @JsonbProperty("user_uuid") String userUuid,
                           @JsonbProperty("tenant_uuid") String tenantUuid, boolean mobile) {
    }

    /**
     * The part of wazo-confd's user the SDK's login reads. {@code lines}, {@code forwards} and
     * {@code services} exist for wire compatibility: authgate has no telephony, but the SDK fails
     * without them.
     */
    @JsonbNillable
    @JsonbPropertyOrder({"uuid", "firstname", "lastname", "email", "username", "lines", "forwards", "services"})
    public record WazoConfdUser(String uuid, String firstname, String lastname, String email, String username,
                         List<Object> lines, WazoForwards forwards, WazoServices services) {
    }

    /** wire compatibility: call forwarding, always off */
    public record WazoForwards(WazoForward unconditional, WazoForward noanswer, WazoForward busy) {
        static final WazoForwards NONE = new WazoForwards(WazoForward.OFF, WazoForward.OFF, WazoForward.OFF);
    }

    @JsonbNillable
    public record WazoForward(boolean enabled, String destination) {
        static final WazoForward OFF = new WazoForward(false, null);
    }

    /** wire compatibility: do-not-disturb, always off */
    public record WazoServices(WazoService dnd) {
        static final WazoServices NONE = new WazoServices(new WazoService(false));
    }

    public record WazoService(boolean enabled) {
    }

    /** wazo-confd's {@code /infos}. */
    @JsonbPropertyOrder({"uuid", "wazo_version"})
    public record WazoInfos(String uuid, @JsonbProperty("wazo_version") String wazoVersion) {
    }
}
