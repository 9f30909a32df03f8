package org.authgate.core.session;

import org.authgate.core.token.TokenHash;

/** The answer to "is this access token good now?". */
public sealed interface VerifyOutcome {

    /**
     * A live session; {@code presented} is the stored hash the token stands for (a JWT's is its {@code jti}'s),
     * which tells later checks of the same token whether it is still the current one or a predecessor.
     */
    record Valid(Session session, TokenHash presented) implements VerifyOutcome {
    }

    record Invalid(Why why) implements VerifyOutcome {
    }

    /** Unknown covers malformed, forged and never-issued tokens alike. */
    enum Why { UNKNOWN, EXPIRED, ENDED }
}
