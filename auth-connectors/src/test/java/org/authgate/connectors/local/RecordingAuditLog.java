package org.authgate.connectors.local;

import java.util.ArrayList;
import java.util.List;
import org.authgate.core.audit.AuditLog;
import org.authgate.core.audit.AuditRecord;

final class RecordingAuditLog implements AuditLog {
    final List<AuditRecord> records = new ArrayList<>();

    @Override
    public void append(AuditRecord record) {
        records.add(record);
    }
}
