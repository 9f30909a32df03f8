package org.authgate.core.retention;

/** The kinds of rows the retention purge removes, each by its own age rule ({@link RetentionPolicy}). */
public enum PurgeKind {
    /** Sessions ended (logged out, revoked, expired) longer ago than the period; their refresh tokens go with them. */
    SESSIONS("sessions"),
    /** Refresh tokens expired longer ago than the period, spent or not (a spent one is kept until then for reuse detection). */
    REFRESH_TOKENS("refresh_tokens"),
    /** Throttle counters (lockout, login rate) whose window started and lock ended longer ago than the period. */
    THROTTLES("throttles"),
    /** Audit records older than the period; only when an audit period is configured (default: kept forever). */
    AUDIT_RECORDS("audit_records");

    private final String label;

    PurgeKind(String label) {
        this.label = label;
    }

    /** The name in the summary record's reason and in the tally's rows. */
    public String label() {
        return label;
    }
}
