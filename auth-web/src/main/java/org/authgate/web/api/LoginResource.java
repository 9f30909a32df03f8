package org.authgate.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Map;
import org.authgate.core.connector.Credentials;
import org.authgate.core.login.LoginOutcome;
import org.authgate.core.login.LoginRequest;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.TokenGrant;
import org.authgate.web.http.ProblemException;
import org.authgate.web.http.ProblemType;
import org.authgate.web.http.RequestContext;
import org.authgate.web.usecase.Login;
import org.authgate.web.usecase.SecondFactor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/login")
@RequestScoped
@Tag(name = "login")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class LoginResource {

    @Inject
    Login logins;

    @Inject
    SecondFactor secondFactor;

    @Inject
    RequestContext request;

    @Inject
    Clock clock;

    @POST
    @Operation(summary = "Log in with a connector's credentials",
            description = "Answers the tokens, or status SECOND_FACTOR_REQUIRED with a challenge for /second-factor.")
    public Response login(ApiBodies.Login body) {
        Require.body(body);
        Credentials credentials = new Credentials(Require.tenant(body.tenant()), Require.text(body.login(), "login"),
                Require.text(body.password(), "password"), body.code(), body.newPassword(), Map.of());
        LoginRequest login = new LoginRequest(Require.connector(body.connector()), credentials,
                request.client(body.clientId()), Dialect.NATIVE, Require.lifetime(body.lifetimeSeconds()),
                TokenGrant.refreshableIf(body.refresh() == null || body.refresh()), Require.format(body.tokenFormat()),
                Map.of());
        return render(logins.login(login));
    }

    @POST
    @Path("/second-factor")
    @Operation(summary = "Complete a login with the second factor's code")
    public Response secondFactor(ApiBodies.SecondFactor body) {
        Require.body(body);
        return render(secondFactor.complete(Require.text(body.challenge(), "challenge"),
                Require.text(body.code(), "code"), request.client(null), Dialect.NATIVE, Map.of()));
    }

    private Response render(LoginOutcome outcome) {
        if (outcome instanceof LoginOutcome.LoggedIn in) {
            return Response.ok(ApiViews.Tokens.of(in.issued(), clock.instant())).build();
        }
        if (outcome instanceof LoginOutcome.SecondFactorPending pending) {
            return Response.ok(new ApiViews.Pending("SECOND_FACTOR_REQUIRED", pending.challenge(),
                    pending.expiresAt())).build();
        }
        LoginOutcome.Refused refused = (LoginOutcome.Refused) outcome;
        throw switch (refused.refusal()) {
            case INVALID_CREDENTIALS -> new ProblemException(ProblemType.INVALID_CREDENTIALS,
                    "the login or the password is wrong");
            case INVALID_SECOND_FACTOR -> new ProblemException(ProblemType.INVALID_SECOND_FACTOR,
                    "the code is wrong or was already used");
            case BANNED -> new ProblemException(ProblemType.ACCOUNT_BANNED, "this account is banned");
            case DISABLED -> new ProblemException(ProblemType.ACCOUNT_DISABLED, "this account is disabled");
            case PASSWORD_EXPIRED -> new ProblemException(ProblemType.PASSWORD_EXPIRED,
                    "the password must be changed: log in again with newPassword");
        };
    }
}
