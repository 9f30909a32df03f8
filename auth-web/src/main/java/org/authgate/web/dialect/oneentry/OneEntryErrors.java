package org.authgate.web.dialect.oneentry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.authgate.web.dialect.PrefixErrors;
import org.authgate.web.http.CorsScope;
import org.authgate.web.http.ProblemType;

/**
 * OneEntry's error envelope {@code {statusCode, message, pageData:null, timestamp}}, always JSON: the
 * SDK parses every error body, and a non-JSON one breaks it.
 */
@ApplicationScoped
public class OneEntryErrors extends PrefixErrors {
    static final String BASE = "/api/content/users-auth-providers";
    /** JavaScript's {@code Date.toISOString()}: milliseconds and a Z. */
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    @Inject
    Clock clock;

    @Inject
    OneEntryConfig config;

    @Inject
    HttpServletRequest request;

    public OneEntryErrors() {
        super(BASE);
    }

    /** OneEntry's paths as a CORS scope ({@code authgate.cors.oneentry.*}); a preflight needs no application token. */
    @Produces
    @Singleton
    CorsScope cors() {
        return new CorsScope("oneentry", this::owns, config::enabled);
    }

    @Override
    public Response render(ProblemType type, String detail) {
        if (!config.enabled()) {
            // switched off, no path of OneEntry's exists: not even a 405 or 415 may tell its routes apart
            return response(404, "Not Found");
        }
        if (!config.acceptsAppToken(request.getHeader(OneEntrySwitch.APP_TOKEN))) {
            // OneEntry checks the application token before routing: without it, every path is a 401
            return response(401, OneEntrySwitch.INVALID_APP_TOKEN);
        }
        String message = type == ProblemType.INTERNAL ? "Internal server error (" + detail + ")" : detail;
        return response(type.status(), message);
    }

    Response response(int status, String message) {
        String body = Json.createObjectBuilder()
                .add("statusCode", status)
                .add("message", message)
                // OneEntry's envelope always carries it; nothing in authgate fills it.
                .addNull("pageData")
                .add("timestamp", ISO.format(clock.instant()))
                .build().toString();
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
