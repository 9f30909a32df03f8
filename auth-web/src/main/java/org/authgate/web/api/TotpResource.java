package org.authgate.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.authgate.core.connector.SecondFactorManagement.PendingTotp;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.Session;
import org.authgate.web.http.ProblemException;
import org.authgate.web.http.ProblemType;
import org.authgate.web.http.RequestContext;
import org.authgate.web.usecase.EnrolSecondFactor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The second factor of the caller's own local account: enrolment (begin, answering the secret and otpauth URI; then
 * confirm with a code) and its removal. Beginning and removing need the current password again. A session of a
 * connector without second-factor management gets 400 {@code not-supported}.
 */
@Path("/api/v1/totp")
@RequestScoped
@Tag(name = "second factor")
@Produces(MediaType.APPLICATION_JSON)
public class TotpResource {

    @Inject
    Caller caller;

    @Inject
    EnrolSecondFactor enrolment;

    @Inject
    RequestContext request;

    public record Enrollment(String secret, String otpauthUri) {
    }

    /**
     * The current password is asked again: a stolen token alone must not be able to tie the account to the thief's
     * authenticator app (and, for an administrator, to unlock the admin API).
     */
    @POST
    @Path("/enrollment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start TOTP enrolment with the current password; answers the secret and the otpauth:// URI "
            + "for an authenticator app")
    public Enrollment begin(ApiBodies.CurrentPassword body) {
        String password = currentPassword(body);
        Session session = caller.session();
        PendingTotp pending = StepUp.answer(() -> enrolment.begin(session, password, request.client(null)));
        return new Enrollment(pending.secret(), pending.otpauthUri());
    }

    @POST
    @Path("/enrollment/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm enrolment with a current code; from then on logins need a code, and the account's "
            + "other sessions, opened with the password alone, end")
    public Response confirm(ApiBodies.Code body) {
        Require.body(body);
        Session session = caller.session();
        String code = Require.text(body.code(), "code");
        if (!enrolment.confirm(session, code, Dialect.NATIVE, request.client(null))) {
            throw new ProblemException(ProblemType.INVALID_SECOND_FACTOR, "the code is wrong or was already used");
        }
        return Response.noContent().build();
    }

    /** A lost or replaced phone: the user, not only an administrator, may remove their factor, password in hand. */
    @POST
    @Path("/reset")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Remove the caller's own TOTP with the current password; logins then need the password alone")
    public Response reset(ApiBodies.CurrentPassword body) {
        String password = currentPassword(body);
        Session session = caller.session();
        StepUp.answer(() -> {
            enrolment.remove(session, password, request.client(null));
            return null;
        });
        return Response.noContent().build();
    }

    private static String currentPassword(ApiBodies.CurrentPassword body) {
        return Require.text(Require.body(body).password(), "password");
    }
}
