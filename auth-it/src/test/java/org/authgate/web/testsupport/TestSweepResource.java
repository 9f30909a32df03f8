package org.authgate.web.testsupport;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.authgate.web.core.SessionSweeper;

/**
 * Test-only: runs one sweep now. The ITs' server has the schedule off (auth-it/pom.xml), so that a sweep
 * never lands in the middle of another test's moves of the clock. Never part of the production WAR.
 */
@Path("/test-support/sweep")
@RequestScoped
public class TestSweepResource {

    @Inject
    SessionSweeper sweeper;

    @POST
    @Produces(MediaType.TEXT_PLAIN)
    public String sweep() {
        return Integer.toString(sweeper.sweep().ended());
    }
}
