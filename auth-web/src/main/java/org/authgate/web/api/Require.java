package org.authgate.web.api;

import java.time.Duration;
import java.util.Locale;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.identity.TenantId;
import org.authgate.core.token.AccessTokenFormat;
import org.authgate.web.http.ProblemException;
import org.authgate.web.http.ProblemType;

/** Field checks that turn client mistakes into 400 problems naming the field. */
final class Require {
    private Require() {
    }

    static <T> T body(T body) {
        if (body == null) {
            throw new ProblemException(ProblemType.MISSING_FIELD, "a JSON body is required");
        }
        return body;
    }

    static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ProblemException(ProblemType.MISSING_FIELD, field + " is required");
        }
        if (value.length() > 4096) {
            throw new ProblemException(ProblemType.MISSING_FIELD, field + " is too long");
        }
        return value;
    }

    static ConnectorId connector(String value) {
        if (value == null) {
            return ConnectorId.LOCAL;
        }
        if (!ConnectorId.isValid(value)) {
            throw new ProblemException(ProblemType.UNKNOWN_CONNECTOR, "unknown connector: " + value);
        }
        return new ConnectorId(value);
    }

    static TenantId tenant(String value) {
        if (value == null) {
            return TenantId.DEFAULT;
        }
        if (!TenantId.isValid(value)) {
            throw new ProblemException(ProblemType.MISSING_FIELD, "tenant must be 1-64 letters, digits, '.', '_' or '-'");
        }
        return new TenantId(value);
    }

    static Duration lifetime(Long seconds) {
        return seconds == null ? null : Duration.ofSeconds(seconds);
    }

    static AccessTokenFormat format(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "opaque" -> AccessTokenFormat.OPAQUE;
            case "jwt" -> AccessTokenFormat.JWT;
            default -> throw new ProblemException(ProblemType.MISSING_FIELD, "tokenFormat must be opaque or jwt");
        };
    }
}
