package org.authgate.web.dialect.kuzzle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.authgate.core.session.Dialect;
import org.authgate.web.dialect.DialectSwitch;
import org.authgate.web.http.CanonicalPath;
import org.authgate.web.http.JsonLimits;

/**
 * With {@code authgate.dialect.kuzzle.enabled=false} every Kuzzle action answers as an unknown URL does in Kuzzle's
 * router: 404 {@code network.http.url_not_found} in the envelope, naming no controller, the volatile data echoed.
 */
@Provider
@KuzzleRoutes
@ApplicationScoped
public class KuzzleSwitch extends DialectSwitch {

    @Inject
    KuzzleConfig config;

    @Inject
    JsonLimits jsonLimits;

    @Override
    public Dialect dialect() {
        return KuzzleControllerResource.DIALECT;
    }

    @Override
    protected boolean enabled() {
        return config.enabled();
    }

    @Override
    protected Response switchedOff(ContainerRequestContext request) {
        return KuzzleEnvelope.error(null, null,
                KuzzleEnvelope.volatileOrNull(request.getHeaderString(KuzzleEnvelope.VOLATILE_HEADER), jsonLimits),
                KuzzleErrorId.URL_NOT_FOUND, CanonicalPath.requestPath(request.getUriInfo()));
    }
}
