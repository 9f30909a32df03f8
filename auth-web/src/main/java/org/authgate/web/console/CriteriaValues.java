package org.authgate.web.console;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.Outcome;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.SessionId;
import org.authgate.core.session.SessionState;

/**
 * Turns the console's optional filter fields into the core's value objects: blank means any (null), and a
 * value the core would refuse becomes an {@link InvalidCriteria} naming the field, never an exception
 * that reaches Faces' error page.
 */
final class CriteriaValues {
    private CriteriaValues() {
    }

    static TenantId tenant(String text) {
        return parse("tenant", text, TenantId::new);
    }

    static ConnectorId connector(String text) {
        return parse("connector", text, ConnectorId::new);
    }

    static Dialect dialect(String text) {
        return parse("dialect", text, Dialect::new);
    }

    static SessionId session(String text) {
        return parse("session id", text, SessionId::parse);
    }

    static SubjectId subject(String text) {
        return parse("subject", text, SubjectId::parse);
    }

    static SessionState state(String text) {
        return oneOf("state", text, SessionState.class);
    }

    static AuditEvent event(String text) {
        return oneOf("event", text, AuditEvent.class);
    }

    static Outcome outcome(String text) {
        return oneOf("outcome", text, Outcome.class);
    }

    /** An ISO-8601 instant such as {@code 2025-03-01T09:00:00Z}. */
    static Instant instant(String field, String text) {
        String value = Blank.toNull(text);
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidCriteria(field + ": not a UTC time like 2025-03-01T09:00:00Z");
        }
    }

    /** A time range's ends, each optional; when both are given the first must come first. */
    static void requireOrdered(Instant from, Instant to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidCriteria("from: must be before to");
        }
    }

    private static <E extends Enum<E>> E oneOf(String field, String text, Class<E> type) {
        String value = Blank.toNull(text);
        if (value == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidCriteria(field + ": not one of " + Arrays.toString(type.getEnumConstants())));
    }

    private static <T> T parse(String field, String text, Function<String, T> parser) {
        String value = Blank.toNull(text);
        try {
            return value == null ? null : parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidCriteria(field + ": not a valid " + field);
        }
    }
}
