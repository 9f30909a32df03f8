package org.authgate.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Map;
import org.authgate.core.login.OtherSessions;
import org.authgate.core.login.PasswordChangeService;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.IdentifiedVerification;
import org.authgate.core.session.RefreshOutcome;
import org.authgate.core.session.RefreshRequest;
import org.authgate.web.http.ProblemException;
import org.authgate.web.http.ProblemType;
import org.authgate.web.http.RequestContext;
import org.authgate.web.usecase.ChangeOwnPassword;
import org.authgate.web.usecase.Logout;
import org.authgate.web.usecase.Refresh;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own session: read it, refresh it, end it, change the password behind it. */
@Path("/api/v1")
@RequestScoped
@Tag(name = "session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    Refresh refreshes;

    @Inject
    Logout logouts;

    @Inject
    ChangeOwnPassword passwords;

    @Inject
    Caller caller;

    @Inject
    RequestContext request;

    @Inject
    Clock clock;

    @GET
    @Path("/session")
    @Operation(summary = "The session of the bearer token and who it belongs to")
    public ApiViews.CurrentSession current() {
        IdentifiedVerification.Valid verified = caller.sessionWithIdentity();
        return new ApiViews.CurrentSession(ApiViews.SessionView.of(verified.session()),
                ApiViews.IdentityView.of(verified.identity()));
    }

    @POST
    @Path("/refresh")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Trade a refresh token for new tokens; the refresh token rotates")
    public ApiViews.Tokens refresh(ApiBodies.Refresh body) {
        Require.body(body);
        RefreshOutcome outcome = refreshes.refresh(Require.text(body.refreshToken(), "refreshToken"),
                new RefreshRequest(Dialect.NATIVE, request.client(null), Require.lifetime(body.lifetimeSeconds()),
                        Map.of()));
        if (outcome instanceof RefreshOutcome.Refreshed refreshed) {
            return ApiViews.Tokens.of(refreshed.issued(), clock.instant());
        }
        throw new ProblemException(ProblemType.INVALID_REFRESH_TOKEN, "the refresh token is invalid, expired or spent");
    }

    @POST
    @Path("/logout")
    @Operation(summary = "End the session of the bearer token")
    public Response logout() {
        String token = request.bearerToken()
                .orElseThrow(() -> new ProblemException(ProblemType.INVALID_TOKEN, "send Authorization: Bearer <token>"));
        if (!logouts.withAccessToken(token, request.client(null), Dialect.NATIVE)) {
            throw new ProblemException(ProblemType.INVALID_TOKEN, "the token is invalid or already ended");
        }
        return Response.noContent().build();
    }

    @POST
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the password; the former one is required. The account's other sessions end unless "
            + "endOtherSessions is false")
    public Response changePassword(ApiBodies.PasswordChange body) {
        Require.body(body);
        String token = caller.bearerToken();
        PasswordChangeService.Result result = passwords.change(token, Dialect.NATIVE, session -> true,
                Require.text(body.formerPassword(), "formerPassword"), Require.text(body.newPassword(), "newPassword"),
                OtherSessions.endIf(!Boolean.FALSE.equals(body.endOtherSessions())), request.client(null),
                refusal -> Caller.invalid()).result();
        return switch (result) {
            case CHANGED -> Response.noContent().build();
            case WRONG_FORMER_PASSWORD, LOCKED -> throw new ProblemException(ProblemType.WRONG_PASSWORD,
                    "the former password is wrong");
            case TOO_WEAK -> throw new ProblemException(ProblemType.WEAK_PASSWORD,
                    "the new password does not meet the password policy");
            case NOT_SUPPORTED -> throw new ProblemException(ProblemType.NOT_SUPPORTED,
                    "this session's connector cannot change passwords");
        };
    }
}
