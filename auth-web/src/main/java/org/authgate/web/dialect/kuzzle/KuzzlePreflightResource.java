package org.authgate.web.dialect.kuzzle;

import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * CORS preflights on Kuzzle's paths; {@link KuzzleCors} adds the headers. Not one of the {@link KuzzleRoutes}: it
 * belongs to no controller, and a preflight has always been answered whether the dialect is on or off.
 */
@Path("/")
public class KuzzlePreflightResource {

    @OPTIONS
    @Path("{route: " + KuzzlePaths.TEMPLATE + "}")
    public Response preflight() {
        return Response.ok().build();
    }
}
