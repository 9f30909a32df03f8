package org.authgate.connectors.local;

import java.util.Objects;

/**
 * A client asked the local connector for something it will not do (an existing username, an unknown account, a
 * weak password...). Thrown before anything changed, so nothing is audited. Messages never contain a secret.
 */
public final class AccountException extends RuntimeException {

    public enum Kind {
        DUPLICATE_USERNAME,
        DUPLICATE_EMAIL,
        NOT_FOUND,
        WEAK_PASSWORD,
        INVALID
    }

    private final Kind kind;

    public AccountException(Kind kind, String message) {
        // A client mistake, not a fault: no stack trace to fill or log.
        super(message, null, false, false);
        this.kind = Objects.requireNonNull(kind);
    }

    public Kind kind() {
        return kind;
    }
}
