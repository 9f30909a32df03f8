package org.authgate.web.testsupport;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * Test-only: overrides {@code authgate.http.trusted-proxies} with a system property (MicroProfile Config's
 * highest ordinal, read by every request's {@code RequestContext}), so one IT can run the production default
 * (0, the header ignored) on the server the others run behind one pretended proxy. Never part of the
 * production WAR.
 */
@Path("/test-support/trusted-proxies")
@RequestScoped
public class TestProxiesResource {
    private static final String KEY = "authgate.http.trusted-proxies";

    @PUT
    public Response set(@QueryParam("count") int count) {
        System.setProperty(KEY, Integer.toString(count));
        return Response.noContent().build();
    }

    @DELETE
    public Response reset() {
        System.clearProperty(KEY);
        return Response.noContent().build();
    }
}
