package org.authgate.web.api;

/** Request bodies of the native API, bound by JSON-B. Every field may arrive null: resources check. */
public final class ApiBodies {
    private ApiBodies() {
    }

    /**
     * @param connector       connector id, default {@code local}
     * @param tenant          tenant id, default {@code default}
     * @param lifetimeSeconds requested access-token lifetime, bounded by the configured maximum
     * @param refresh         issue a refresh token (default true)
     * @param tokenFormat     {@code opaque} or {@code jwt}; default from configuration
     */
    public record Login(String connector, String tenant, String login, String password, String code,
                        String newPassword, String clientId, Long lifetimeSeconds, Boolean refresh,
                        String tokenFormat) {
        @Override
        public String toString() {
            return "Login[" + connector + ", " + tenant + ", " + login + "]";
        }
    }

    public record SecondFactor(String challenge, String code) {
    }

    public record Refresh(String refreshToken, Long lifetimeSeconds) {
    }

    /** @param endOtherSessions false keeps the account's other sessions; absent or true ends them */
    public record PasswordChange(String formerPassword, String newPassword, Boolean endOtherSessions) {
        @Override
        public String toString() {
            return "PasswordChange[***]";
        }
    }

    public record Code(String code) {
    }

    /** The caller's current password, asked again before a sensitive change (step-up). */
    public record CurrentPassword(String password) {
        @Override
        public String toString() {
            return "CurrentPassword[***]";
        }
    }

    public record Token(String token) {
    }
}
