package org.authgate.web.dialect.oneentry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Before any OneEntry route runs: a switched-off dialect answers OneEntry's 404, and a request without a
 * configured application token ({@code x-app-token}) gets OneEntry's 401. Bound to the resource
 * ({@link OneEntryRoutes}) after matching, not to a path prefix before it: a check on the path a client
 * wrote missed spellings that routing still matched ({@code /api;x/content/...} logged in without a token).
 */
@Provider
@OneEntryRoutes
@ApplicationScoped
public class OneEntryGate implements ContainerRequestFilter {
    static final String APP_TOKEN = "x-app-token";
    static final String INVALID_APP_TOKEN = "Invalid or missing application token";

    @Inject
    OneEntryConfig config;

    @Inject
    OneEntryErrors errors;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!config.enabled()) {
            request.abortWith(errors.response(404, "Not Found"));
        } else if (!config.acceptsAppToken(request.getHeaderString(APP_TOKEN))) {
            request.abortWith(errors.response(401, INVALID_APP_TOKEN));
        }
    }
}
