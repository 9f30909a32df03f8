package org.authgate.core.testing;

import java.util.ArrayList;
import java.util.List;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditLog;
import org.authgate.core.audit.AuditRecord;

/** Keeps every appended record in order; can be told to fail, as a database would. */
public final class RecordingAuditLog implements AuditLog {
    private final List<AuditRecord> records = new ArrayList<>();
    private RuntimeException failure;

    @Override
    public void append(AuditRecord record) {
        if (failure != null) {
            throw failure;
        }
        records.add(record);
    }

    /** From now on every append throws {@code e}. */
    public void failWith(RuntimeException e) {
        failure = e;
    }

    public List<AuditRecord> records() {
        return List.copyOf(records);
    }

    public List<AuditEvent> events() {
        return records.stream().map(AuditRecord::event).toList();
    }

    public List<AuditRecord> of(AuditEvent event) {
        return records.stream().filter(r -> r.event() == event).toList();
    }

    /** The one record of {@code event}; fails the test when there are none or several. */
    public AuditRecord single(AuditEvent event) {
        List<AuditRecord> found = of(event);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + event + " record but found " + found.size() + " in " + events());
        }
        return found.get(0);
    }

    public AuditRecord last() {
        if (records.isEmpty()) {
            throw new AssertionError("no audit record was written");
        }
        return records.get(records.size() - 1);
    }

    public int size() {
        return records.size();
    }

    public void clear() {
        records.clear();
    }
}
