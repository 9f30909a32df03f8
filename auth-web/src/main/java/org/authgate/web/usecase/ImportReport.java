package org.authgate.web.usecase;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did: how many accounts it imported, skipped (they existed) and could not import, and for the
 * latter the row and the reason. The listed failures stop at {@link #MAX_LISTED} (the counts do not), so that a file
 * of 100,000 bad rows does not make an answer of 100,000 reasons held in memory.
 */
public record ImportReport(int imported, int skipped, int failed, List<Failure> failures) {
    public static final int MAX_LISTED = 1000;

    public ImportReport {
        failures = List.copyOf(failures);
    }

    public record Failure(int index, String reason) {
    }

    /** Counts rows as a use case goes; not thread-safe. */
    static final class Tally {
        private int imported;
        private int skipped;
        private int failed;
        private final List<Failure> failures = new ArrayList<>();

        void imported() {
            imported++;
        }

        void skipped() {
            skipped++;
        }

        void failed(int index, String reason) {
            failed++;
            if (failures.size() < MAX_LISTED) {
                failures.add(new Failure(index, reason));
            }
        }

        ImportReport report() {
            return new ImportReport(imported, skipped, failed, failures);
        }
    }
}
