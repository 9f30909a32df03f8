package org.authgate.core.audit;

/**
 * Port: appends audit records. Joins the caller's transaction: when the append fails, the state
 * change it records is rolled back with it (nothing half-done).
 */
public interface AuditLog {
    void append(AuditRecord record);
}
