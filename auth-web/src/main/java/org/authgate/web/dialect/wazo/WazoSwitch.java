package org.authgate.web.dialect.wazo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.authgate.core.session.Dialect;
import org.authgate.web.dialect.DialectSwitch;

/**
 * With {@code authgate.dialect.wazo.enabled=false} every Wazo route answers Wazo's own 404; failures on paths no
 * route matched are 404 too ({@link WazoErrors#render}).
 */
@Provider
@WazoRoutes
@ApplicationScoped
public class WazoSwitch extends DialectSwitch {

    @Inject
    WazoConfig config;

    @Inject
    WazoErrors errors;

    @Override
    public Dialect dialect() {
        return WazoAccess.WAZO;
    }

    @Override
    protected boolean enabled() {
        return config.enabled();
    }

    @Override
    protected Response switchedOff(ContainerRequestContext request) {
        return errors.error(404, "Not Found");
    }
}
