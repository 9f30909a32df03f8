package org.authgate.web.console;

import java.io.Serializable;
import org.authgate.web.usecase.ImportReport;

/**
 * One console import as it goes: written by the importing thread after each batch, read by the page's poll. The
 * fields are volatile and each write replaces a whole immutable value, so a poll sees a consistent state without a
 * lock.
 */
public final class ImportProgress implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String fileName;
    private volatile ImportReport soFar = new ImportReport(0, 0, 0, java.util.List.of());
    private volatile boolean finished;
    private volatile String error;

    ImportProgress(String fileName) {
        this.fileName = fileName;
    }

    void batchDone(ImportReport report) {
        soFar = report;
    }

    void finished(ImportReport report) {
        soFar = report;
        finished = true;
    }

    /** The import stopped before its end (an unreadable file); the rows committed before stay. */
    void failed(String message) {
        error = message;
        finished = true;
    }

    public String getFileName() {
        return fileName;
    }

    public int getRowsDone() {
        ImportReport r = soFar;
        return r.imported() + r.skipped() + r.failed();
    }

    /** The counts so far, the final report once {@link #isFinished()}. */
    public ImportReport getReport() {
        return soFar;
    }

    public boolean isFinished() {
        return finished;
    }

    public boolean isRunning() {
        return !finished;
    }

    public String getError() {
        return error;
    }
}
