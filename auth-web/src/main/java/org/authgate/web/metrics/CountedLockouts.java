package org.authgate.web.metrics;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditLog;
import org.authgate.core.audit.AuditRecord;

/**
 * Lockouts are counted where the core writes them down: a {@code LOCKED_OUT} audit record, whichever use case (a
 * login, a second factor, a step-up) wrote it. A login refused while locked answers exactly like a wrong password,
 * so no use case could tell one from its outcome. Counted once the record's transaction commits: an attempt that
 * rolled back (and was retried) locked nobody out.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class CountedLockouts implements AuditLog {

    @Inject
    @Delegate
    @Any
    AuditLog delegate;

    @Inject
    AfterCommit afterCommit;

    @Inject
    Metrics metrics;

    @Override
    public void append(AuditRecord record) {
        delegate.append(record);
        if (record.event() == AuditEvent.LOCKED_OUT) {
            afterCommit.run(() -> metrics.lockout(record.dialect()));
        }
    }
}
