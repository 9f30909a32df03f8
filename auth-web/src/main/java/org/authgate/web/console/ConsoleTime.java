package org.authgate.web.console;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** The console shows and takes times in UTC: its date pickers hold local date-times read as UTC. */
final class ConsoleTime {
    private ConsoleTime() {
    }

    static Instant toInstant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
