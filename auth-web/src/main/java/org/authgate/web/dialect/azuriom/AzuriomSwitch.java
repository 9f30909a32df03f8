package org.authgate.web.dialect.azuriom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.authgate.core.session.Dialect;
import org.authgate.web.dialect.DialectSwitch;

/**
 * With {@code authgate.dialect.azuriom.enabled=false} every AzAuth route answers as Azuriom does with its API off:
 * 400 "Auth API is not enabled" (not a 404: the site is there, its API is off). Paths no route matched keep
 * Laravel's 404 ({@link AzAuthErrors}).
 */
@Provider
@AzuriomRoutes
@ApplicationScoped
public class AzuriomSwitch extends DialectSwitch {

    @Inject
    AzuriomConfig config;

    @Inject
    AzAuthMapper mapper;

    @Override
    public Dialect dialect() {
        return AzAuthResource.AZURIOM;
    }

    @Override
    protected boolean enabled() {
        return config.enabled();
    }

    @Override
    protected Response switchedOff(ContainerRequestContext request) {
        return mapper.disabled();
    }
}
