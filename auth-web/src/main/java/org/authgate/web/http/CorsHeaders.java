package org.authgate.web.http;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * The CORS headers of an actual (not preflight) request's answer, success or error alike, so that a page of an
 * allowed origin can read a 401 in the dialect's format as well as a token. A global filter: it also runs for
 * answers that no resource method gave (a gate's refusal, a mapped exception).
 */
@Provider
public class CorsHeaders implements ContainerResponseFilter {
    static final String ORIGIN = "Origin";
    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    static final String ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials";

    @Inject
    CorsPolicies policies;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (CorsPreflight.isPreflight(request)) {
            return; // CorsPreflight answered it whole, or it is nobody's path
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        policies.at(CanonicalPath.requestPath(request.getUriInfo()))
                .filter(scoped -> scoped.scope().isEnabled() && scoped.policy().allowsSome())
                .ifPresent(scoped -> add(scoped.policy(), request.getHeaderString(ORIGIN), headers));
    }

    private static void add(CorsPolicy policy, String origin, MultivaluedMap<String, Object> headers) {
        if (origin == null) {
            if (policy.anyOrigin()) {
                headers.putSingle(ALLOW_ORIGIN, "*"); // Kuzzle's answer to a client that sent no Origin
            }
            return;
        }
        headers.add(HttpHeaders.VARY, ORIGIN);
        if (!policy.allows(origin)) {
            return;
        }
        headers.putSingle(ALLOW_ORIGIN, origin);
        if (policy.credentials()) {
            headers.putSingle(ALLOW_CREDENTIALS, "true");
        }
        if (!policy.exposed().isEmpty()) {
            headers.putSingle("Access-Control-Expose-Headers", String.join(", ", policy.exposed()));
        }
    }
}
