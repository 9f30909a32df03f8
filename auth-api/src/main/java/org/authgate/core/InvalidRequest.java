package org.authgate.core;

/**
 * A client asked for something the core will not do, before any state changed (so nothing is
 * audited or rolled back). Each dialect renders it in its own error format.
 */
public final class InvalidRequest extends RuntimeException {

    public enum Kind {
        UNKNOWN_CONNECTOR,
        CONNECTOR_DISABLED,
        LIFETIME_TOO_LONG,
        INVALID_LIFETIME,
        NOT_SUPPORTED,
        INVALID_ARGUMENT
    }

    private final Kind kind;

    public InvalidRequest(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
