package org.authgate.web.testsupport;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.authgate.core.session.VerifiedSessions;
import org.authgate.web.cache.ChangeListener;

/**
 * Test-only: what the node's memory of verified sessions did (hits, misses, size), whether it is trusted, and
 * how many times the change listener connected. Never part of the production WAR.
 */
@Path("/test-support/cache")
@RequestScoped
public class TestCacheResource {

    @Inject
    VerifiedSessions cache;

    @Inject
    ChangeListener listener;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String state() {
        return Json.createObjectBuilder().add("hits", cache.hits()).add("misses", cache.misses())
                .add("size", cache.size()).add("trusted", cache.trusted()).add("listening", listener.listening())
                .add("connections", listener.connections()).build().toString();
    }
}
