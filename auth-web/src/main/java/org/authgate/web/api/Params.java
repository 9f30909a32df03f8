package org.authgate.web.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.Outcome;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.SessionId;
import org.authgate.core.session.SessionState;
import org.authgate.web.http.ProblemException;
import org.authgate.web.http.ProblemType;

/** Query and path parameters to value objects; a malformed one is a 400 naming it, never a 500. */
final class Params {
    private static final Pattern CANONICAL_UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Params() {
    }

    static String text(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }

    static int limit(int limit) {
        if (limit < 1 || limit > 500) {
            throw bad("limit must be between 1 and 500");
        }
        return limit;
    }

    static TenantId tenant(String v) {
        if (text(v) == null) {
            return null;
        }
        if (!TenantId.isValid(v)) {
            throw bad("tenant is malformed");
        }
        return new TenantId(v);
    }

    /** An optional filter: blank means any subject. */
    static SubjectId subject(String v) {
        return text(v) == null ? null : new SubjectId(uuid(v, "subject"));
    }

    /** A subject id in a path ({@code /accounts/{id}}): required, so a blank one is a 400 like any malformed one. */
    static SubjectId subjectId(String v) {
        return new SubjectId(uuid(v, "id"));
    }

    static SessionId session(String v) {
        return new SessionId(uuid(v, "session id"));
    }

    static ConnectorId connector(String v) {
        if (text(v) == null) {
            return null;
        }
        if (!ConnectorId.isValid(v)) {
            throw bad("connector is malformed");
        }
        return new ConnectorId(v);
    }

    static Dialect dialect(String v) {
        if (text(v) == null) {
            return null;
        }
        try {
            return new Dialect(v.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad("dialect is malformed");
        }
    }

    static SessionState state(String v) {
        return text(v) == null ? null : constant(SessionState.class, v, "state");
    }

    static AuditEvent event(String v) {
        return text(v) == null ? null : constant(AuditEvent.class, v, "event");
    }

    static Outcome outcome(String v) {
        return text(v) == null ? null : constant(Outcome.class, v, "outcome");
    }

    static Instant instant(String v, String name) {
        if (text(v) == null) {
            return null;
        }
        try {
            return Instant.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw bad(name + " must be an ISO-8601 instant such as 2026-01-31T12:00:00Z");
        }
    }

    private static UUID uuid(String v, String name) {
        String text = v == null ? "" : v.strip();
        // UUID.fromString also takes shortened groups ("9f4eb53-..." for "09f4eb53-..."): one id, one spelling.
        if (!CANONICAL_UUID.matcher(text).matches()) {
            throw bad(name + " must be a UUID");
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw bad(name + " must be a UUID");
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String v, String name) {
        try {
            return Enum.valueOf(type, v.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad(name + " is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static ProblemException bad(String detail) {
        return new ProblemException(ProblemType.BAD_REQUEST, detail);
    }
}
