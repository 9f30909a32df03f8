package org.authgate.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.TreeSet;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.IdentifiedVerification;
import org.authgate.core.session.Session;
import org.authgate.web.usecase.CallerSession;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * RFC 7662 token introspection for resource servers: {@code active} plus the standard members. An
 * unknown, expired or revoked token is just {@code {"active":false}}, never an error; but only an
 * authorised caller ({@link IntrospectionCaller}) gets an answer at all.
 */
@Path("/api/v1/introspect")
@RequestScoped
@Tag(name = "tokens")
@Produces(MediaType.APPLICATION_JSON)
public class IntrospectionResource {

    @Inject
    CallerSession callers;

    @Inject
    IntrospectionCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "RFC 7662 introspection (form parameter token)")
    public Response introspectForm(@FormParam("token") String token) {
        return introspect(token);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "RFC 7662 introspection ({\"token\": ...})")
    public Response introspectJson(ApiBodies.Token body) {
        return introspect(body == null ? null : body.token());
    }

    private Response introspect(String token) {
        Optional<Response> refusal = caller.refusal();
        return refusal.orElseGet(() -> Response.ok(answer(token), MediaType.APPLICATION_JSON_TYPE).build());
    }

    private JsonObject answer(String token) {
        if (token == null || token.isBlank()) {
            return inactive();
        }
        // With the owner's current identity: the scope a resource server acts on is the roles held now, not the
        // copy the session took at login (a demotion bites at once, as on the admin API).
        Optional<IdentifiedVerification.Valid> verified = callers.verifyWithIdentity(token.strip(), Dialect.NATIVE);
        if (verified.isEmpty()) {
            return inactive();
        }
        Session s = verified.get().session();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("active", true)
                .add("token_type", "Bearer")
                .add("sub", s.subject().toString())
                .add("username", s.username())
                .add("iat", s.createdAt().getEpochSecond())
                .add("exp", s.expiresAt().getEpochSecond())
                .add("sid", s.id().toString())
                .add("tenant", s.tenant().value())
                .add("connector", s.connector().value())
                .add("scope", String.join(" ", new TreeSet<>(verified.get().identity().roles())));
        if (s.client().clientId() != null) {
            json.add("client_id", s.client().clientId());
        }
        return json.build();
    }

    private static JsonObject inactive() {
        return Json.createObjectBuilder().add("active", false).build();
    }
}
