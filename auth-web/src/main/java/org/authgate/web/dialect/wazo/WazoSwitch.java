package org.authgate.web.dialect.wazo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * With {@code authgate.dialect.wazo.enabled=false} every Wazo route answers Wazo's own 404. Bound to the
 * resources ({@link WazoRoutes}) after matching, not to a path prefix before it: a check on the path a
 * client wrote missed spellings that routing still matched ({@code /api;x/auth/0.1/token}). Failures on
 * paths no route matched are 404 too ({@link WazoErrors#render}).
 */
@Provider
@WazoRoutes
@ApplicationScoped
public class WazoSwitch implements ContainerRequestFilter {

    @Inject
    WazoSettings settings;

    @Inject
    WazoErrors errors;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!settings.enabled()) {
            request.abortWith(errors.error(404, "Not Found"));
        }
    }
}
