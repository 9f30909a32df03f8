package org.authgate.core.session;

/** The answer to "is this access token good now?". */
public sealed interface VerifyOutcome {

    record Valid(Session session) implements VerifyOutcome {
    }

    record Invalid(Why why) implements VerifyOutcome {
    }

    /** Unknown covers malformed, forged and never-issued tokens alike. */
    enum Why { UNKNOWN, EXPIRED, ENDED }
}
