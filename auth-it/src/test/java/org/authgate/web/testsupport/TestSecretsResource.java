package org.authgate.web.testsupport;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.authgate.core.secret.SecretsUnavailable;
import org.authgate.persistence.secret.StoredSecrets;
import org.authgate.web.jwt.SigningKeyRotation;

/**
 * Test-only: runs now what start-up and the key schedule run (the ITs' server has the schedule off, so that a
 * rotation never lands between two steps of another test): the sealing of stored secrets, and one signing key
 * check. Never part of the production WAR.
 */
@Path("/test-support/secrets")
@RequestScoped
public class TestSecretsResource {

    @Inject
    StoredSecrets storedSecrets;

    @Inject
    SigningKeyRotation rotation;

    /** The start-up step; a secret no configured key opens is a 409 with the message start-up would fail with. */
    @POST
    @Path("/seal")
    @Produces(MediaType.APPLICATION_JSON)
    public Response seal() {
        try {
            return Response.ok(Json.createObjectBuilder().add("sealed", storedSecrets.sealAll()).build()).build();
        } catch (SecretsUnavailable e) {
            return Response.status(409).entity(Json.createObjectBuilder().add("error", e.getMessage()).build()).build();
        }
    }

    @POST
    @Path("/check-keys")
    public Response checkKeys() {
        rotation.check();
        return Response.noContent().build();
    }
}
