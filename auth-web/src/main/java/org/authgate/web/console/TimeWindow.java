package org.authgate.web.console;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A page's "from" and "to" date pickers: local date-times read as UTC, since the console shows every time
 * in UTC; either may be empty, and "to" is exclusive.
 */
public class TimeWindow implements Serializable {
    private static final long serialVersionUID = 1L;

    private LocalDateTime from;
    private LocalDateTime to;

    Instant fromInstant() {
        return utc(from);
    }

    Instant toInstant() {
        return utc(to);
    }

    private static Instant utc(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }

    public LocalDateTime getFrom() {
        return from;
    }

    public void setFrom(LocalDateTime from) {
        this.from = from;
    }

    public LocalDateTime getTo() {
        return to;
    }

    public void setTo(LocalDateTime to) {
        this.to = to;
    }
}
