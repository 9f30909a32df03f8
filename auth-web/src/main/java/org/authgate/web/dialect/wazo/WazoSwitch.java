package org.authgate.web.dialect.wazo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/** With {@code authgate.dialect.wazo.enabled=false} every Wazo path answers Wazo's own 404. */
@Provider
@PreMatching
@ApplicationScoped
public class WazoSwitch implements ContainerRequestFilter {

    @Inject
    WazoSettings settings;

    @Inject
    WazoErrors errors;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!settings.enabled()) {
            String path = "/" + request.getUriInfo().getPath(false).replaceFirst("^/", "");
            if (errors.owns(path)) {
                request.abortWith(errors.error(404, "Not Found"));
            }
        }
    }
}
