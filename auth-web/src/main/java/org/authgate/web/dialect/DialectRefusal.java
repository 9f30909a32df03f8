package org.authgate.web.dialect;

/**
 * A request a dialect turns away with one of its platform's errors: the HTTP status and the platform's message, and
 * no stack trace (it is an answer, never shown or logged as a failure). Each dialect's subclass has its own mapper,
 * which renders it in the dialect's body; nothing has changed when one is thrown outside a unit of work.
 */
public abstract class DialectRefusal extends RuntimeException {
    private final int status;

    protected DialectRefusal(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
