package org.authgate.core.audit;

public enum AuditEvent {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    SECOND_FACTOR_REQUIRED,
    LOCKED_OUT,
    TOKEN_REFRESHED,
    REFRESH_FAILED,
    REFRESH_REUSE_DETECTED,
    LOGGED_OUT,
    SESSION_REVOKED,
    SESSION_EXPIRED,
    PASSWORD_CHANGED,
    PASSWORD_CHANGE_FAILED,
    SECOND_FACTOR_ENROLLED,
    /** A signed-in user gave a wrong current password where a sensitive change asked for it again. */
    STEP_UP_FAILED,
    ADMIN_ACTION,
    /**
     * A connector replaced a stored password hash, at a login that proved the password, by one of its current
     * format and cost: an imported hash of another system (bcrypt, PBKDF2) or an Argon2id of older parameters. The
     * reason names the format replaced; the old hash is gone.
     */
    PASSWORD_REHASHED,
    /**
     * The retention purge removed rows past their retention: one record per sweep that removed any, its reason counting
     * each kind ({@code sessions=12 refresh_tokens=40 throttles=3 audit_records=0}).
     */
    DATA_PURGED
}
