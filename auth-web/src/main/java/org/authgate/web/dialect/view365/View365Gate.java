package org.authgate.web.dialect.view365;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * A switched-off 365View dialect answers 404 on its routes. Bound to the resource ({@link View365Routes})
 * after matching, not to a path prefix before it, so no spelling of a path that routing still matches gets
 * past it; failures on paths no route matched are 404 too ({@link View365Errors#render}).
 */
@Provider
@View365Routes
@ApplicationScoped
public class View365Gate implements ContainerRequestFilter {
    @Inject
    View365Config config;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!config.enabled()) {
            request.abortWith(View365Errors.response(404, "Not found"));
        }
    }
}
