package org.authgate.core.account;

import java.util.Objects;

/**
 * An administrative change of an account was refused: the client asked for something no connector will do (a taken
 * username, a weak password...), the account's connector cannot do it at all, or the rule against locking oneself
 * out forbids it. Thrown before anything changed, so nothing is audited. Every connector answers with this core
 * refusal, never with an exception of its own, so that the admin API and the console render one type whatever
 * connector keeps the account. Messages never contain a secret.
 */
public final class AccountRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Kind {
        DUPLICATE_USERNAME,
        DUPLICATE_EMAIL,
        NOT_FOUND,
        WEAK_PASSWORD,
        /** A malformed field, or a step out of order (a second TOTP enrolment). */
        INVALID,
        /** The account's connector does not offer this capability. */
        NOT_SUPPORTED,
        /** An administrator would ban, disable, demote, unban, enable or delete their own account. */
        OWN_ACCOUNT
    }

    private final Kind kind;

    public AccountRefusal(Kind kind, String message) {
        // A client mistake, not a fault: no stack trace to fill or log.
        super(message, null, false, false);
        this.kind = Objects.requireNonNull(kind);
    }

    public Kind kind() {
        return kind;
    }
}
