package org.authgate.core.session;

/** Why a session ended; kept on the session and in its audit record. */
public enum EndReason {
    LOGOUT,
    LOGOUT_ALL,
    ADMIN_REVOKE,
    REFRESH_REUSE,
    PASSWORD_CHANGED,
    ABSOLUTE_EXPIRY,
    IDLE_EXPIRY,
    SECOND_FACTOR_TIMEOUT
}
