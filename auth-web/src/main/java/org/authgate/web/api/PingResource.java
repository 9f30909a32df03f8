package org.authgate.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Answers without touching the core or the database: load balancers get a cheap "the API is serving", and the
 * benchmark gets the HTTP ceiling of the same JAX-RS stack (request-scoped like every resource) the token checks
 * are compared with.
 */
@Path("/api/v1/ping")
@RequestScoped
@Tag(name = "health")
public class PingResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A constant answer: the API is serving requests")
    public String ping() {
        return "{\"status\":\"UP\"}";
    }
}
