package org.authgate.core.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A position in the audit trail's search order (newest first: {@code at} descending, then {@code id}
 * descending). Reading "the rows after this one" is an index seek however deep the reader is, where an
 * offset would make the database skip every row before it again.
 */
public record AuditCursor(Instant at, UUID id) {

    public AuditCursor {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(id, "id");
    }

    public static AuditCursor of(AuditRecord record) {
        return new AuditCursor(record.at(), record.id());
    }
}
