package org.authgate.web.usecase;

/**
 * A unit of work lost its write race on every attempt {@link UnitOfWork} allows: so many requests change the
 * same row at once that this one never got through. Nothing was written. The client is told to try again in a
 * moment (it is a refusal, not a server failure), and the conflict is kept as the cause for the log.
 */
public final class WriteContention extends RuntimeException {
    private final int attempts;

    public WriteContention(int attempts, Throwable lastConflict) {
        super("write conflict on every one of " + attempts + " attempts", lastConflict);
        this.attempts = attempts;
    }

    public int attempts() {
        return attempts;
    }
}
