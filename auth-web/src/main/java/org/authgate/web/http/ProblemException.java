package org.authgate.web.http;

/** Thrown by resources to answer with a problem document; carries no stack trace (it is not a bug). */
public final class ProblemException extends RuntimeException {
    private final Problem problem;

    public ProblemException(ProblemType type, String detail) {
        super(detail, null, false, false);
        this.problem = Problem.of(type, detail);
    }

    public Problem problem() {
        return problem;
    }
}
