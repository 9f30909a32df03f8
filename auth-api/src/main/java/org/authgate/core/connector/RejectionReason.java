package org.authgate.core.connector;

/**
 * Why a login was refused. Distinct inside (the audit trail keeps it); the core maps the first four
 * to the same public answer so that nobody can tell an unknown user from a wrong password or a lockout.
 */
public enum RejectionReason {
    UNKNOWN_USER,
    BAD_CREDENTIALS,
    LOCKED,
    BACKEND_FAILURE,
    DISABLED,
    BANNED,
    PASSWORD_EXPIRED,
    INVALID_SECOND_FACTOR;

    /** True for the reasons that must look exactly like a wrong password from outside. */
    public boolean looksLikeBadCredentials() {
        return this == UNKNOWN_USER || this == BAD_CREDENTIALS || this == LOCKED || this == BACKEND_FAILURE;
    }
}
