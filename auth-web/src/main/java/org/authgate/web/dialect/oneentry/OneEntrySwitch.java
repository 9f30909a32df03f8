package org.authgate.web.dialect.oneentry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.authgate.core.session.Dialect;
import org.authgate.web.dialect.DialectSwitch;

/**
 * Before any OneEntry route runs: a switched-off dialect answers OneEntry's 404, and a request without a configured
 * application token ({@code x-app-token}) gets OneEntry's 401 (a check on the path a client wrote once let
 * {@code /api;x/content/...} log in without a token).
 */
@Provider
@OneEntryRoutes
@ApplicationScoped
public class OneEntrySwitch extends DialectSwitch {
    static final String APP_TOKEN = "x-app-token";
    static final String INVALID_APP_TOKEN = "Invalid or missing application token";

    @Inject
    OneEntryConfig config;

    @Inject
    OneEntryErrors errors;

    @Override
    public Dialect dialect() {
        return OneEntryResource.DIALECT;
    }

    @Override
    protected boolean enabled() {
        return config.enabled();
    }

    @Override
    protected Response switchedOff(ContainerRequestContext request) {
        return errors.response(404, "Not Found");
    }

    @Override
    protected Optional<Response> refusal(ContainerRequestContext request) {
        return config.acceptsAppToken(request.getHeaderString(APP_TOKEN)) ? Optional.empty()
                : Optional.of(errors.response(401, INVALID_APP_TOKEN));
    }
}
