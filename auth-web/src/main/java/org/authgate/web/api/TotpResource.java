package org.authgate.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.authgate.connectors.local.TotpEnrollment;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.Session;
import org.authgate.web.core.Gateway;
import org.authgate.web.http.ProblemException;
import org.authgate.web.http.ProblemType;
import org.authgate.web.http.RequestContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** TOTP enrolment of the caller's own local account: begin (secret + otpauth URI), then confirm with a code. */
@Path("/api/v1/totp/enrollment")
@RequestScoped
@Tag(name = "second factor")
@Produces(MediaType.APPLICATION_JSON)
public class TotpResource {

    @Inject
    Caller caller;

    @Inject
    Gateway gateway;

    @Inject
    TotpEnrollment enrollment;

    @Inject
    RequestContext request;

    public record Enrollment(String secret, String otpauthUri) {
    }

    @POST
    @Operation(summary = "Start TOTP enrolment; answers the secret and the otpauth:// URI for an authenticator app")
    public Enrollment begin() {
        Session session = localSession();
        TotpEnrollment.Pending pending = gateway.run(() -> enrollment.begin(session.subject()));
        return new Enrollment(pending.secret(), pending.otpauthUri());
    }

    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm enrolment with a current code; from then on logins need a code")
    public Response confirm(ApiBodies.Code body) {
        Require.body(body);
        Session session = localSession();
        String code = Require.text(body.code(), "code");
        boolean ok = gateway.run(() -> enrollment.confirm(session.subject(), code, Dialect.NATIVE, request.client(null)));
        if (!ok) {
            throw new ProblemException(ProblemType.INVALID_SECOND_FACTOR, "the code is wrong or was already used");
        }
        return Response.noContent().build();
    }

    private Session localSession() {
        Session session = caller.session();
        if (!ConnectorId.LOCAL.equals(session.connector())) {
            throw new ProblemException(ProblemType.NOT_SUPPORTED, "TOTP enrolment is for local accounts");
        }
        return session;
    }
}
