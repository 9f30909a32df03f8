package org.authgate.web.dialect.oneentry;

import jakarta.json.JsonValue;
import java.util.List;

/** OneEntry's request and response bodies, named after the wire so none is mistaken for a domain type. */
public final class OneEntryWire {
    private OneEntryWire() {
    }

    /**
     * {@code POST …/users/auth}. {@code formIdentifier} and {@code langCode} exist only so that their
     * presence can be refused, as OneEntry does for this body.
     */
    public record AuthBody(List<AuthDatum> authData, JsonValue formIdentifier, JsonValue langCode) {
        @Override
        public String toString() {
            return "AuthBody[***]";
        }
    }

    /** One form field; OneEntry's clients send strings or numbers. */
    public record AuthDatum(String marker, JsonValue value) {
        @Override
        public String toString() {
            return "AuthDatum[" + marker + "]";
        }
    }

    public record RefreshBody(String refreshToken) {
    }

    /**
     * {@code POST …/users/change-password}. OneEntry proves the user with a {@code code} it mailed; authgate
     * mails nothing, so the code is the user's current password, checked by the core.
     */
    public record ChangePasswordBody(String userIdentifier, String eventIdentifier, JsonValue code, JsonValue type,
                                     String password1, String password2) {
        @Override
        public String toString() {
            return "ChangePasswordBody[" + userIdentifier + ", ***]";
        }
    }

    /** IAuthEntity: what auth and refresh answer. */
    public record AuthEntity(String userIdentifier, String authProviderIdentifier, String accessToken,
                             String refreshToken) {
        @Override
        public String toString() {
            return "AuthEntity[" + userIdentifier + "]";
        }
    }

    /** IActiveSession. */
    public record ActiveSession(DeviceInfo deviceInfo) {
    }

    public record DeviceInfo(String os, String browser, String location) {
        static final DeviceInfo UNKNOWN = new DeviceInfo("", "", "");
    }
}
