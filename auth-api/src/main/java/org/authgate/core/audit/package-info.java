/**
 * The audit trail: one append-only record per event, written through {@link
 * org.authgate.core.audit.AuditLog} in the same transaction as the change it records.
 */
package org.authgate.core.audit;
