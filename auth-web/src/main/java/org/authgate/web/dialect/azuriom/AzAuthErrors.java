package org.authgate.web.dialect.azuriom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.authgate.web.dialect.PrefixErrors;
import org.authgate.web.http.CorsScope;
import org.authgate.web.http.ProblemType;

/**
 * Failures under {@code /api/auth} that no resource method answered, as Laravel renders an HTTP
 * exception in JSON ({@code {"message":"Not Found"}}, 500 {@code "Server Error"}), with
 * {@code "status":"error"} added for the AzAuth Java client, which reads {@code status} from every 4xx.
 * Wazo's {@code /api/auth/0.1} is not ours.
 */
@ApplicationScoped
public class AzAuthErrors extends PrefixErrors {
    static final String PREFIX = "/api/auth";
    private static final String WAZO = "/api/auth/0.1";

    @Inject
    AzuriomConfig config;

    public AzAuthErrors() {
        super(List.of(PREFIX), List.of(WAZO));
    }

    /** Azuriom's paths as a CORS scope ({@code authgate.cors.azuriom.*}). */
    @Produces
    @Singleton
    CorsScope cors() {
        return new CorsScope("azuriom", this::owns, config::enabled);
    }

    @Override
    public Response render(ProblemType type, String detail) {
        String message = switch (type) {
            case NOT_FOUND -> "Not Found";
            case METHOD_NOT_ALLOWED -> "Method Not Allowed";
            case UNSUPPORTED_MEDIA_TYPE -> "Unsupported Media Type";
            case NOT_ACCEPTABLE -> "Not Acceptable";
            case PAYLOAD_TOO_LARGE -> "The POST data is too large.";
            case TOO_MANY_REQUESTS -> "Too Many Attempts.";
            case INTERNAL -> "Server Error";
            case UNAVAILABLE -> "Service Unavailable";
            default -> type.status() == 400 ? "Bad Request" : type.title();
        };
        return AzAuthMapper.json(type.status(), new AzAuthWire.AzAuthStatusJson("error", message));
    }
}
