package org.authgate.web.dialect.view365;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/** A switched-off 365View dialect answers 404 on all its paths. */
@Provider
@PreMatching
@ApplicationScoped
public class View365Gate implements ContainerRequestFilter {
    @Inject
    View365Config config;

    @Inject
    View365Errors errors;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = "/" + request.getUriInfo().getPath(false).replaceFirst("^/", "");
        if (!config.enabled() && errors.owns(path)) {
            request.abortWith(View365Errors.response(404, "Not found"));
        }
    }
}
