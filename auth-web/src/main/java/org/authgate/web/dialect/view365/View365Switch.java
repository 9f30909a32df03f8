package org.authgate.web.dialect.view365;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.authgate.core.session.Dialect;
import org.authgate.web.dialect.DialectSwitch;

/**
 * A switched-off 365View dialect answers 404 on its routes; failures on paths no route matched are 404 too
 * ({@link View365Errors#render}).
 */
@Provider
@View365Routes
@ApplicationScoped
public class View365Switch extends DialectSwitch {
    @Inject
    View365Config config;

    @Override
    public Dialect dialect() {
        return View365Resource.DIALECT;
    }

    @Override
    protected boolean enabled() {
        return config.enabled();
    }

    @Override
    protected Response switchedOff(ContainerRequestContext request) {
        return View365Errors.response(404, "Not found");
    }
}
