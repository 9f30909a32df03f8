package org.authgate.web.http;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * Answers CORS preflights ({@code OPTIONS} with {@code Origin} and {@code Access-Control-Request-Method}) before
 * routing, on every scope the same way, whatever the route: a preflight carries no credentials, no application
 * token and no body, so no resource, gate or dialect switch could judge it, and Jersey and RESTEasy would each
 * answer it in their own way. Runs after {@link CanonicalPath}, so the path is the one routing would see.
 * <ul>
 * <li>an allowed origin: 200 with the scope's methods, headers and max-age, the origin named (the browser checks
 *     the method and headers it asked for against the lists);
 * <li>an origin not allowed: 200 without {@code Access-Control-Allow-Origin}, which the browser takes as a
 *     refusal (never a 4xx or 500 a monitor would count as a failure of authgate);
 * <li>a switched-off dialect: its own 404, as for any of its paths;
 * <li>a path no scope owns: routing goes on as for any other request.
 * </ul>
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 190)
public class CorsPreflight implements ContainerRequestFilter {
    static final String REQUEST_METHOD = "Access-Control-Request-Method";

    @Inject
    CorsPolicies policies;

    @Inject
    ErrorMappers.Responder responder;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!isPreflight(request)) {
            return;
        }
        String origin = request.getHeaderString(CorsHeaders.ORIGIN);
        String path = CanonicalPath.requestPath(request.getUriInfo());
        Optional<CorsPolicies.Scoped> scoped = policies.at(path);
        if (scoped.isEmpty()) {
            return;
        }
        if (!scoped.get().scope().isEnabled()) {
            request.abortWith(responder.respond(path, ProblemType.NOT_FOUND, "no such resource"));
            return;
        }
        CorsPolicy policy = scoped.get().policy();
        Response.ResponseBuilder answer = Response.ok();
        if (policy.allowsSome()) {
            answer.header(HttpHeaders.VARY, CorsHeaders.ORIGIN);
        }
        if (policy.allows(origin)) {
            answer.header(CorsHeaders.ALLOW_ORIGIN, origin)
                    .header("Access-Control-Allow-Methods", String.join(",", policy.methods()))
                    .header("Access-Control-Allow-Headers", String.join(", ", policy.headers()))
                    .header("Access-Control-Max-Age", policy.maxAgeSeconds());
            if (policy.credentials()) {
                answer.header(CorsHeaders.ALLOW_CREDENTIALS, "true");
            }
        }
        request.abortWith(answer.build());
    }

    /** An {@code OPTIONS} request with {@code Origin} and {@code Access-Control-Request-Method}. */
    static boolean isPreflight(ContainerRequestContext request) {
        return HttpMethod.OPTIONS.equals(request.getMethod()) && request.getHeaderString(CorsHeaders.ORIGIN) != null
                && request.getHeaderString(REQUEST_METHOD) != null;
    }
}
