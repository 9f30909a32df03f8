package org.authgate.web.testsupport;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import org.authgate.core.audit.AuditLog;
import org.authgate.core.audit.AuditRecord;

/**
 * Test-only: the audit store fails for requests whose client id or user agent is {@value #TRIGGER},
 * to prove that the state change an audit record belongs to rolls back with it.
 */
@Decorator
@Priority(1000)
public abstract class FailingAuditLog implements AuditLog {
    public static final String TRIGGER = "audit-store-down";

    @Inject
    @Delegate
    AuditLog delegate;

    @Override
    public void append(AuditRecord record) {
        if (TRIGGER.equals(record.client().clientId()) || TRIGGER.equals(record.client().userAgent())) {
            throw new IllegalStateException("simulated audit store failure");
        }
        delegate.append(record);
    }
}
