package org.authgate.core.session;

/**
 * The reason of a REFRESH_FAILED audit record, as the audit log and its readers (the console's filter, the
 * admin API's export) see it: one closed set instead of string literals in three classes.
 */
public enum RefreshFailure {
    /** The token belongs to no session, or (offline grants) to another client. */
    UNKNOWN,
    /** The session or the token was logged out or revoked. */
    ENDED,
    EXPIRED,
    /** The refresh token was revoked with its session (which had not expired). */
    REVOKED,
    /** An access token already replaced, still in its grace, cannot renew again (Kuzzle's renewal). */
    REPLACED;

    /** A token check's refusal as a renewal's reason. */
    static RefreshFailure of(VerifyOutcome.Why why) {
        return switch (why) {
            case UNKNOWN -> UNKNOWN;
            case EXPIRED -> EXPIRED;
            case ENDED -> ENDED;
        };
    }
}
