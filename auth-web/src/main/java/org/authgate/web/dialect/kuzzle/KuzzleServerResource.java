package org.authgate.web.dialect.kuzzle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** Kuzzle's server controller, the one action its SDK calls first: {@code server:publicApi} (its route table). */
@Path("/")
@KuzzleRoutes
@RequestScoped
public class KuzzleServerResource extends KuzzleControllerResource {

    @GET
    @Path("_publicApi")
    public Response publicApi() {
        return respond("server", "publicApi", KuzzleMapper::publicApi);
    }
}
