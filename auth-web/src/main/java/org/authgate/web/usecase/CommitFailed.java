package org.authgate.web.usecase;

/**
 * A unit of work's transaction did not commit for a reason other than a lost race: the database refused a write at
 * the flush or the commit (a constraint, a trigger, the connection gone). Nothing of the unit was written. One type
 * on every server, because each reports a failed commit its own way: WildFly throws JTA's checked
 * {@code RollbackException} through the transaction interceptor, undeclared; Payara wraps it in a
 * {@code TransactionalException}, for which its JAX-RS runtime brings an exception mapper of its own that answers an
 * HTML error page. As any unexpected failure, the client gets an incident (500, or 503 when the database is out of
 * reach: the cause is kept for that and for the log).
 */
public final class CommitFailed extends RuntimeException {

    CommitFailed(Throwable cause) {
        super("the unit of work did not commit", cause);
    }
}
