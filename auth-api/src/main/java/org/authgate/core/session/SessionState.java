package org.authgate.core.session;

public enum SessionState {
    /** Password accepted, waiting for the second factor; its token is a challenge, not an access token. */
    PENDING_SECOND_FACTOR,
    ACTIVE,
    LOGGED_OUT,
    REVOKED,
    EXPIRED;

    public boolean isEnded() {
        return this == LOGGED_OUT || this == REVOKED || this == EXPIRED;
    }
}
