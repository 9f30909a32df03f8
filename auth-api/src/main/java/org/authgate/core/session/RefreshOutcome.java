package org.authgate.core.session;

/** The answer to a refresh. */
public sealed interface RefreshOutcome {

    record Refreshed(IssuedSession issued) implements RefreshOutcome {
    }

    record Refused(Why why) implements RefreshOutcome {
    }

    /** {@code REUSED}: a spent token came back, and its whole family was revoked. */
    enum Why { UNKNOWN, EXPIRED, ENDED, REUSED }
}
