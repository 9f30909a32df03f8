package org.authgate.web.testsupport;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Duration;

/** Test-only: moves {@link AdjustableClock}. Never part of the production WAR. */
@Path("/test-support/clock")
@RequestScoped
public class TestClockResource {

    @POST
    @Path("/advance")
    public Response advance(@QueryParam("seconds") long seconds) {
        AdjustableClock.advance(Duration.ofSeconds(seconds));
        return Response.noContent().build();
    }

    @POST
    @Path("/reset")
    public Response reset() {
        AdjustableClock.reset();
        return Response.noContent().build();
    }
}
