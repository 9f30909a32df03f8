package org.authgate.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.authgate.web.http.Problem;
import org.authgate.web.http.ProblemType;
import org.authgate.web.metrics.Metrics;
import org.authgate.web.metrics.PrometheusText;
import org.authgate.web.usecase.OperationalGauges;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * This node's metrics in Prometheus' text format, for a scraper holding the scrape secret ({@link ScrapeSecret}).
 * Not {@code /metrics}: Payara serves its own MicroProfile Metrics there, ahead of any application. Without the
 * secret configured the path is a 404 like any unknown one; with it, a request without the right bearer secret is a
 * 401 and learns nothing.
 */
@Path("/api/v1/metrics")
@RequestScoped
@Tag(name = "operations")
public class MetricsResource {
    private static final String REALM = "realm=\"authgate-metrics\"";

    @Inject
    ScrapeSecret secret;

    @Inject
    Metrics metrics;

    @Inject
    OperationalGauges gauges;

    @GET
    @Produces({MediaType.TEXT_PLAIN, MediaType.WILDCARD})
    @Operation(summary = "Prometheus metrics of this node (Authorization: Bearer <scrape secret>)")
    public Response metrics(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (!secret.configured()) {
            return Problem.of(ProblemType.NOT_FOUND, "no such resource").toResponse();
        }
        String presented = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).strip() : null;
        if (!secret.matches(presented)) {
            return Response.fromResponse(Problem.of(ProblemType.INVALID_CLIENT,
                            "send Authorization: Bearer <scrape secret>").toResponse())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer " + REALM).build();
        }
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(metrics.exposition(gauges.now()), PrometheusText.CONTENT_TYPE).cacheControl(noStore)
                .build();
    }
}
