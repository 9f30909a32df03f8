package org.authgate.web.http;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.authgate.core.DatabaseOutage;

/**
 * The server log's side of a failed request: one line per incident (its id, which the client also gets, the
 * route, the exception's class and message and its root cause's), and the full stack trace at most once per
 * distinct cause per minute ({@link StackTraceBudget}). Under a database outage every request fails the same
 * way; a trace each grew the log by 200 lines a request.
 *
 * <p>The route is the HTTP method and the resource method that matched (class and Java method), never the
 * request path: paths carry tokens (Wazo's {@code GET /token/{token}}, say), and the log must not.
 */
@ApplicationScoped
public class IncidentLog {
    private static final Logger LOG = Logger.getLogger(IncidentLog.class.getName());
    /** An exception message may be anything; the line stays a line, and short. */
    static final int MAX_MESSAGE_CHARS = 300;

    private final StackTraceBudget traces = new StackTraceBudget(Duration.ofMinutes(1), System::nanoTime);

    /**
     * Logs {@code failure} of {@code route} and answers the incident id to show the client. {@code path}, the
     * request's path (may be null), is cut out of every message, should a library have quoted it.
     */
    public String record(Throwable failure, String route, String path) {
        String id = UUID.randomUUID().toString();
        boolean outage = DatabaseOutage.isCauseOf(failure);
        Throwable root = rootOf(failure);
        StringBuilder line = new StringBuilder("incident ").append(id).append(outage ? " (database unavailable) " : " ")
                .append(route).append(": ");
        if (outage) {
            // Every request fails alike while the database is away: the wrapper's type and the root cause say it
            // all, the wrapper's message (the statement that failed) would only make each of thousands of lines long.
            line.append(failure.getClass().getName());
        } else {
            line.append(describe(failure, path));
        }
        if (root != failure) {
            line.append("; root cause ").append(describe(root, path));
        }
        LogRecord record = new LogRecord(outage ? Level.WARNING : Level.SEVERE, line.toString());
        record.setLoggerName(LOG.getName());
        if (traces.allow(causeKey(root))) {
            record.setThrown(failure);
        }
        LOG.log(record);
        return id;
    }

    /** The class and the frame that threw: the same bug, or the same outage, has the same key. */
    static String causeKey(Throwable root) {
        StackTraceElement[] frames = root.getStackTrace();
        return root.getClass().getName() + (frames.length == 0 ? "" : " at " + frames[0]);
    }

    static String describe(Throwable t, String path) {
        String type = t.getClass().getName() + (t instanceof SQLException sql && sql.getSQLState() != null
                ? " [SQLState " + sql.getSQLState() + "]" : "");
        String message = t.getMessage();
        if (message == null) {
            return type;
        }
        if (path != null && path.length() > 1) {
            message = message.replace(path, "<path>");
        }
        String oneLine = message.replaceAll("\\s+", " ").strip();
        if (oneLine.length() > MAX_MESSAGE_CHARS) {
            oneLine = oneLine.substring(0, MAX_MESSAGE_CHARS) + "...";
        }
        return type + ": " + oneLine;
    }

    private static Throwable rootOf(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; depth < 64 && root.getCause() != null && root.getCause() != root; depth++) {
            root = root.getCause();
        }
        return root;
    }
}
