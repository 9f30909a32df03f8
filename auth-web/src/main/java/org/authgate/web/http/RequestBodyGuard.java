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

    /**
     * The account import's path: its body (a realm export of 100,000 users) is streamed by the resource itself and
     * bounded by {@code authgate.import.max-bytes} instead; the ordinary limit would refuse any real export.
     */
    public static final String IMPORT_PATH = "api/v1/admin/imports";

    @Inject
    @ConfigProperty(name = "authgate.http.max-body-bytes")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "authgate.import.max-bytes")
    long importMaxBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        boolean isImport = isImport(request.getUriInfo().getPath());
        if (request.getLength() > (isImport ? importMaxBytes : maxBytes)) {
            // UnreadableBody, not a ProblemException: the 413 is rendered by the dialect owning the path.
            throw new UnreadableBody(ProblemType.PAYLOAD_TOO_LARGE, isImport
                    ? "imports are limited to " + importMaxBytes + " bytes (authgate.import.max-bytes)" : tooLarge());
        }
    }

    /** True for the import's path, with or without its slashes. */
    public static boolean isImport(String path) {
        String p = path == null ? "" : path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.equals(IMPORT_PATH);
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
