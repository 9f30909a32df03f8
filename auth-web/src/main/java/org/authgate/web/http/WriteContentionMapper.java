package org.authgate.web.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.authgate.web.usecase.WriteContention;

/**
 * A request that lost its write race on every attempt: too many clients change one row at the same moment.
 * Nothing was written, and the same request a moment later goes through, so the client hears "too many requests,
 * retry after a second" in its dialect's format rather than an incident.
 */
@Provider
@ApplicationScoped
public class WriteContentionMapper extends ErrorMappers.Base<WriteContention> {
    private static final Logger LOG = Logger.getLogger(WriteContentionMapper.class.getName());

    @Override
    public Response toResponse(WriteContention e) {
        LOG.log(Level.WARNING, "request refused after {0} write conflicts", e.attempts());
        return Response.fromResponse(respond(ProblemType.TOO_MANY_REQUESTS,
                "too many concurrent changes to the same session or account; retry in a moment"))
                .header(HttpHeaders.RETRY_AFTER, "1").build();
    }
}
