package org.authgate.web.dialect.oneentry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Before any OneEntry route is matched: a switched-off dialect answers OneEntry's 404 on all its paths,
 * and a request without a configured application token ({@code x-app-token}) gets OneEntry's 401.
 */
@Provider
@PreMatching
@ApplicationScoped
public class OneEntryGate implements ContainerRequestFilter {
    static final String APP_TOKEN = "x-app-token";

    @Inject
    OneEntryConfig config;

    @Inject
    OneEntryErrors errors;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = "/" + request.getUriInfo().getPath(false).replaceFirst("^/", "");
        if (!errors.owns(path)) {
            return;
        }
        if (!config.enabled()) {
            request.abortWith(errors.response(404, "Not Found"));
        } else if (!config.acceptsAppToken(request.getHeaderString(APP_TOKEN))) {
            request.abortWith(errors.response(401, "Invalid or missing application token"));
        }
    }
}
