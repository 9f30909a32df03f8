package org.authgate.web.dialect.wazo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.authgate.web.dialect.PrefixErrors;
import org.authgate.web.http.CorsScope;
import org.authgate.web.http.ProblemType;

/**
 * Every error under Wazo's paths in wazo-auth's body, {@code {"reason":[...],"timestamp":[...],
 * "status_code":N}}, including unknown routes, wrong methods and media types, unreadable JSON and bugs.
 */
@ApplicationScoped
public class WazoErrors extends PrefixErrors {
    static final String AUTH_PREFIX = "/api/auth/0.1";
    static final String CONFD_PREFIX = "/api/confd/1.1";
    /** The SDK opens a websocket here after its login; authgate has none, so it gets a Wazo 404. */
    static final String WEBSOCKETD_PREFIX = "/api/websocketd";

    static final String AUTHENTICATION_FAILED = "Authentication Failed";
    /** The SDK refreshes its token on exactly this text. */
    static final String NO_SUCH_TOKEN = "No such token";

    @Inject
    Clock clock;

    @Inject
    WazoConfig config;

    public WazoErrors() {
        super(AUTH_PREFIX, CONFD_PREFIX, WEBSOCKETD_PREFIX);
    }

    /** Wazo's paths as a CORS scope ({@code authgate.cors.wazo.*}). */
    @Produces
    @Singleton
    CorsScope cors() {
        return new CorsScope("wazo", this::owns, config::enabled);
    }

    @Override
    public Response render(ProblemType type, String detail) {
        if (!config.enabled()) {
            // switched off, no path of Wazo's exists: not even a 405 or 415 may tell its routes apart
            return error(404, "Not Found");
        }
        String reason = switch (type) {
            case NOT_FOUND -> "Not Found";
            case METHOD_NOT_ALLOWED -> "Method Not Allowed";
            case UNSUPPORTED_MEDIA_TYPE -> "Unsupported Media Type: send application/json";
            case NOT_ACCEPTABLE -> "Not Acceptable";
            case MALFORMED_JSON -> "Invalid JSON body";
            case PAYLOAD_TOO_LARGE -> "Request body too large";
            case INTERNAL -> "Internal Server Error";
            case UNAVAILABLE -> "Service Unavailable";
            default -> detail == null ? type.title() : detail;
        };
        return error(type.status(), reason);
    }

    /** A Wazo error response. */
    Response error(int status, String reason) {
        Instant now = clock.instant();
        BigDecimal epoch = BigDecimal.valueOf(now.getEpochSecond()).add(BigDecimal.valueOf(now.getNano() / 1000, 6));
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new WazoWire.WazoErrorBody(List.of(reason), List.of(epoch), status)).build();
    }
}
