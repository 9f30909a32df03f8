package org.authgate.web.testsupport;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Test-only: the {@link HangingConnector}'s counters, and its release. Never part of the production WAR. */
@Path("/test-support/connectors/hanging")
@RequestScoped
public class TestConnectorsResource {

    @Inject
    HangingConnector hanging;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String state() {
        return hanging.state();
    }

    @POST
    @Path("release")
    public void release() {
        hanging.release();
    }

    @POST
    @Path("reset")
    public void reset() {
        hanging.resetCounts();
    }
}
