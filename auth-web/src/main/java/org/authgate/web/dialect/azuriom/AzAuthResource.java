package org.authgate.web.dialect.azuriom;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.function.Function;
import org.authgate.core.connector.Credentials;
import org.authgate.core.login.LoginOutcome;
import org.authgate.core.login.LoginRequest;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.IdentifiedVerification;
import org.authgate.core.token.AccessTokenFormat;
import org.authgate.core.session.TokenGrant;
import org.authgate.web.http.RequestContext;
import org.authgate.web.usecase.CallerSession;
import org.authgate.web.usecase.Login;
import org.authgate.web.usecase.Logout;

/**
 * Azuriom's AzAuth API: {@code POST /api/auth/authenticate}, {@code /verify}, {@code /logout}. Parse
 * the input as Laravel would, make one call to the core, render Azuriom's JSON. No @Produces: Laravel
 * answers JSON whatever the Accept header says.
 */
@Path(AzAuthErrors.PREFIX)
@AzuriomRoutes
@RequestScoped
@Consumes(MediaType.WILDCARD)
public class AzAuthResource {
    static final Dialect AZURIOM = new Dialect("azuriom");

    @Inject
    Login logins;

    @Inject
    CallerSession callers;

    @Inject
    Logout logouts;

    @Inject
    RequestContext request;

    @Inject
    AzuriomConfig config;

    @Inject
    AzAuthMapper mapper;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @POST
    @Path("/authenticate")
    public Response authenticate(String body) {
        AzAuthInput input = input(body);
        String email = input.requiredString("email", 255);
        String password = input.requiredString("password", 0);
        if (input.failed()) {
            return mapper.invalidInput(input.errors());
        }
        // "email" is Azuriom's name for the login: an address, or a username when it has no '@'.
        Credentials credentials = Credentials.of(config.tenant(), email, password)
                .withSecondFactorCode(input.optional("code"));
        LoginOutcome outcome = logins.login(new LoginRequest(config.connector(), credentials, request.client(null),
                AZURIOM, config.lifetime(), TokenGrant.ACCESS_ONLY, AccessTokenFormat.OPAQUE_HEX, Map.of()));
        if (outcome instanceof LoginOutcome.LoggedIn in) {
            return mapper.ok(mapper.user(in.identity(), in.issued().accessToken()));
        }
        if (outcome instanceof LoginOutcome.SecondFactorPending) {
            // The core's pending challenge is not used: Azuriom's client logs in again with the code.
            return mapper.pendingSecondFactor();
        }
        return mapper.refused((LoginOutcome.Refused) outcome);
    }

    @POST
    @Path("/verify")
    public Response verify(String body) {
        return withAccessToken(body, token -> {
            IdentifiedVerification.Result result = callers.verifyIdentified(token, AZURIOM);
            if (result instanceof IdentifiedVerification.Valid valid) {
                return mapper.ok(mapper.user(valid.identity(), token));
            }
            if (result instanceof IdentifiedVerification.Banned banned) {
                return mapper.banned(banned.identity().banReason());
            }
            return mapper.invalidToken();
        });
    }

    @POST
    @Path("/logout")
    public Response logout(String body) {
        return withAccessToken(body, token -> {
            // Azuriom answers success whether or not the token was live.
            logouts.withAccessToken(token, request.client(null), AZURIOM);
            return mapper.loggedOut();
        });
    }

    /** verify and logout: Azuriom's answer when the body has no access_token, else the action. */
    private Response withAccessToken(String body, Function<String, Response> action) {
        AzAuthInput input = input(body);
        String token = input.requiredString("access_token", 0);
        if (input.failed()) {
            return mapper.invalidInput(input.errors());
        }
        return action.apply(token);
    }

    private AzAuthInput input(String body) {
        return AzAuthInput.of(body, headers.getMediaType(), uri.getQueryParameters());
    }
}
