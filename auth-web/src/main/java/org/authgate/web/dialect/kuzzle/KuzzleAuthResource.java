package org.authgate.web.dialect.kuzzle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.connector.Credentials;
import org.authgate.core.login.LoginOutcome;
import org.authgate.core.login.LoginRequest;
import org.authgate.core.session.AccessTokenRenewal;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.EndReason;
import org.authgate.core.session.TokenIssuer;
import org.authgate.core.session.VerifyOutcome;
import org.authgate.core.token.AccessTokenFormat;
import org.authgate.core.session.TokenGrant;
import org.authgate.web.usecase.CallerSession;
import org.authgate.web.usecase.Login;
import org.authgate.web.usecase.LoginProviders;
import org.authgate.web.usecase.OwnSessions;
import org.authgate.web.usecase.RenewAccessToken;

/**
 * Kuzzle's auth controller, the session half: {@code login}, {@code logout}, {@code checkToken},
 * {@code refreshToken}, {@code getStrategies}. The caller's own user and credentials are {@link KuzzleMeResource}.
 */
@Path("/")
@KuzzleRoutes
@RequestScoped
public class KuzzleAuthResource extends KuzzleControllerResource {
    static final String AUTH = "auth";

    @Inject
    Login logins;

    @Inject
    OwnSessions ownSessions;

    @Inject
    CallerSession callers;

    @Inject
    RenewAccessToken renewals;

    @Inject
    LoginProviders providers;

    @POST
    @Path("_login/{strategy}")
    public Response login(@PathParam("strategy") String strategy, String body) {
        return respond(AUTH, "login", () -> login(strategy, bodyOf(body)));
    }

    /** Kuzzle also routes login on GET (for redirecting strategies); the credentials then come as arguments. */
    @GET
    @Path("_login/{strategy}")
    public Response loginByGet(@PathParam("strategy") String strategy) {
        return respond(AUTH, "login", () -> {
            var args = Json.createObjectBuilder();
            for (String name : List.of("username", "password")) {
                String value = uri.getQueryParameters().getFirst(name);
                if (value != null) {
                    args.add(name, value);
                }
            }
            return login(strategy, args.build());
        });
    }

    @POST
    @Path("_logout")
    public Response logout(String body) {
        return respond(AUTH, "logout", () -> {
            boolean global = flag("global");
            String token = bearer(AUTH, "logout");
            ClientInfo client = client();
            if (global) {
                ownSessions.endAll(token, EndReason.LOGOUT, client, DIALECT, KuzzleControllerResource::tokenRefused);
            } else {
                ownSessions.endThis(token, client, DIALECT, KuzzleControllerResource::tokenRefused);
            }
            return KuzzleMapper.acknowledged();
        });
    }

    @POST
    @Path("_checkToken")
    public Response checkToken(String body) {
        return respond(AUTH, "checkToken", () -> {
            JsonValue token = bodyOf(body).get("token");
            if (token == null || token.getValueType() == JsonValue.ValueType.NULL
                    || token instanceof JsonString s && s.getString().isEmpty()) {
                return KuzzleMapper.anonymous();
            }
            if (!(token instanceof JsonString text)) {
                return KuzzleMapper.invalidToken(KuzzleErrorId.TOKEN_INVALID.message());
            }
            VerifyOutcome outcome = callers.verify(text.getString(), DIALECT);
            if (outcome instanceof VerifyOutcome.Valid valid) {
                return KuzzleMapper.validToken(valid.session());
            }
            return KuzzleMapper.invalidToken(((VerifyOutcome.Invalid) outcome).why() == VerifyOutcome.Why.EXPIRED
                    ? KuzzleErrorId.TOKEN_EXPIRED.message() : KuzzleErrorId.TOKEN_INVALID.message());
        });
    }

    @POST
    @Path("_refreshToken")
    public Response refreshToken(String body) {
        return respond(AUTH, "refreshToken", () -> {
            Duration lifetime = expiresIn();
            String token = bearer(AUTH, "refreshToken");
            AccessTokenRenewal.Outcome outcome = renewals.renew(token, lifetime, client(), DIALECT,
                    Map.of("_id", TokenIssuer.SUBJECT_PLACEHOLDER));
            if (outcome instanceof AccessTokenRenewal.Refused refused) {
                throw tokenRefused(refused.why() == VerifyOutcome.Why.EXPIRED ? CallerSession.Refusal.EXPIRED
                        : CallerSession.Refusal.INVALID);
            }
            return KuzzleMapper.token(((AccessTokenRenewal.Renewed) outcome).issued());
        });
    }

    @GET
    @Path("strategies")
    public Response strategies() {
        return respond(AUTH, "getStrategies", () -> KuzzleMapper.strategies(config.strategies().entrySet().stream()
                .filter(e -> providers.enabled(e.getValue()).isPresent()).map(Map.Entry::getKey).toList()));
    }

    private JsonObject login(String strategy, JsonObject body) {
        ConnectorId connector = connectorOf(strategy);
        Duration lifetime = expiresIn();
        String username = text(body, "username");
        String password = text(body, "password");
        Credentials credentials = new Credentials(config.tenant(), username == null ? "" : username,
                password == null ? "" : password, null, null, Map.of());
        LoginRequest login = new LoginRequest(connector, credentials, client(), DIALECT, lifetime, TokenGrant.ACCESS_ONLY,
                AccessTokenFormat.JWT, Map.of("_id", TokenIssuer.SUBJECT_PLACEHOLDER));
        LoginOutcome outcome = logins.loginWithin(config.loginRate(), login)
                .orElseThrow(() -> new KuzzleRefusal(KuzzleErrorId.TOO_MANY_LOGINS));
        if (outcome instanceof LoginOutcome.LoggedIn in) {
            return KuzzleMapper.token(in.issued());
        }
        // Kuzzle's local strategy has no second step: a pending second factor, like any refusal, fails the login.
        throw new KuzzleRefusal(KuzzleErrorId.WRONG_CREDENTIALS);
    }
}
