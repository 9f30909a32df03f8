package org.authgate.web.http;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Guards request bodies. Refuses bodies above {@code authgate.http.max-body-bytes} with 413 early, from
 * Content-Length; {@link RequestBodyReader} bounds chunked bodies while reading, checks JSON against
 * {@link JsonLimits} and turns a body the JSON provider cannot read into {@link UnreadableBody}. (A
 * {@code @PreMatching} class is never a reader interceptor in RESTEasy: it leaves pre-matching providers
 * out of the interceptors it runs after matching, so the reading half lives in a class of its own.)
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestBodyGuard implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "authgate.http.max-body-bytes")
    long maxBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            // UnreadableBody, not a ProblemException: the 413 is rendered by the dialect owning the path.
            throw new UnreadableBody(ProblemType.PAYLOAD_TOO_LARGE, tooLarge());
        }
    }

    /** A body that could not be read; mapped in the format of the dialect that owns the path. */
    public static final class UnreadableBody extends RuntimeException {
        private final ProblemType type;

        UnreadableBody(ProblemType type, String message) {
            super(message, null, false, false);
            this.type = type;
        }

        public ProblemType type() {
            return type;
        }
    }

    private String tooLarge() {
        return "request bodies are limited to " + maxBytes + " bytes";
    }

    /** Thrown from inside a read; the mappers find it in the cause chain. */
    static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }
}
