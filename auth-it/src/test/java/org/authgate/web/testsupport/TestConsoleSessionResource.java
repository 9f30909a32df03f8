package org.authgate.web.testsupport;

import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Test-only: the idle timeout of the HTTP session the request's cookie names (404 when there is none), so a
 * test can check that signing in to the console set it. Never part of the production WAR.
 */
@Path("/test-support/http-session")
@RequestScoped
public class TestConsoleSessionResource {

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public Response idleTimeout() {
        HttpSession session = request.getSession(false);
        return session == null ? Response.status(404).build()
                : Response.ok(Integer.toString(session.getMaxInactiveInterval())).build();
    }
}
