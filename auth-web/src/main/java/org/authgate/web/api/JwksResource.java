package org.authgate.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.authgate.web.jwt.SigningKeyRotation;
import org.authgate.web.jwt.SigningKeys;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public half of every signing key, for resource servers that check JWTs themselves: the one signing now,
 * the next one (published before it signs) and retired ones until every token they signed has expired.
 */
@Path("/.well-known/jwks.json")
@RequestScoped
@Tag(name = "tokens")
public class JwksResource {

    @Inject
    SigningKeys keys;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "JSON Web Key Set of the token-signing keys")
    public Response jwks() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge((int) SigningKeyRotation.JWKS_MAX_AGE.toSeconds());
        return Response.ok(keys.publicKeys().toString(true)).cacheControl(cache).build();
    }
}
