package org.authgate.web.dialect.kuzzle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.Supplier;
import org.authgate.core.InvalidRequest;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.connector.Connectors;
import org.authgate.core.connector.Credentials;
import org.authgate.core.identity.Identity;
import org.authgate.core.login.LoginOutcome;
import org.authgate.core.login.LoginRateLimit;
import org.authgate.core.login.LoginRequest;
import org.authgate.core.login.OtherSessions;
import org.authgate.core.login.PasswordChangeService;
import org.authgate.core.session.AccessTokenRenewal;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.EndReason;
import org.authgate.core.session.IdentifiedVerification;
import org.authgate.core.session.Session;
import org.authgate.core.session.SessionEnding;
import org.authgate.core.session.SessionVerification;
import org.authgate.core.session.TokenGrant;
import org.authgate.core.session.TokenIssuer;
import org.authgate.core.session.VerifyOutcome;
import org.authgate.core.token.AccessTokenFormat;
import org.authgate.web.core.Gateway;
import org.authgate.web.http.JsonLimits;
import org.authgate.web.http.RequestContext;

/**
 * Kuzzle's auth controller (and {@code server:publicApi}) over HTTP. Each action parses its arguments,
 * makes one Gateway call and renders the result in Kuzzle's envelope; unknown query arguments are
 * ignored, as Kuzzle's SDK sends some of its options there ({@code ?verb=POST}).
 */
@Path("/")
@RequestScoped
public class KuzzleResource {
    static final Dialect DIALECT = new Dialect("kuzzle");
    private static final String AUTH = "auth";
    /** Kuzzle's {@code expiresIn} for a token that never expires. */
    private static final double NEVER = -1;

    @Inject
    Gateway gateway;

    @Inject
    SessionEnding sessions;

    @Inject
    SessionVerification verification;

    @Inject
    PasswordChangeService passwords;

    @Inject
    AccessTokenRenewal renewal;

    @Inject
    LoginRateLimit loginRate;

    @Inject
    Connectors connectors;

    @Inject
    KuzzleConfig config;

    @Inject
    RequestContext request;

    @Inject
    JsonLimits jsonLimits;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Path("_publicApi")
    public Response publicApi() {
        return respond("server", "publicApi", KuzzleViews::publicApi);
    }

    @POST
    @Path("_login/{strategy}")
    public Response login(@PathParam("strategy") String strategy, String body) {
        return respond(AUTH, "login", () -> doLogin(strategy, bodyOf(body)));
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
            return doLogin(strategy, args.build());
        });
    }

    @POST
    @Path("_logout")
    public Response logout(String body) {
        return respond(AUTH, "logout", () -> {
            boolean global = flag("global");
            String token = bearer("logout");
            ClientInfo client = client();
            authenticated(token, session -> global
                    ? sessions.endAllOf(session.subject(), null, EndReason.LOGOUT, client, DIALECT, null) > 0
                    : sessions.logout(token, client, DIALECT));
            return KuzzleViews.acknowledged();
        });
    }

    @POST
    @Path("_checkToken")
    public Response checkToken(String body) {
        return respond(AUTH, "checkToken", () -> {
            JsonValue token = bodyOf(body).get("token");
            if (token == null || token.getValueType() == JsonValue.ValueType.NULL
                    || token instanceof JsonString s && s.getString().isEmpty()) {
                return KuzzleViews.anonymous();
            }
            if (!(token instanceof JsonString text)) {
                return KuzzleViews.invalidToken(KuzzleErrorId.TOKEN_INVALID.message());
            }
            VerifyOutcome outcome = gateway.verify(text.getString(), DIALECT);
            if (outcome instanceof VerifyOutcome.Valid valid) {
                return KuzzleViews.validToken(valid.session());
            }
            return KuzzleViews.invalidToken(((VerifyOutcome.Invalid) outcome).why() == VerifyOutcome.Why.EXPIRED
                    ? KuzzleErrorId.TOKEN_EXPIRED.message() : KuzzleErrorId.TOKEN_INVALID.message());
        });
    }

    @POST
    @Path("_refreshToken")
    public Response refreshToken(String body) {
        return respond(AUTH, "refreshToken", () -> {
            Duration lifetime = expiresIn();
            String token = bearer("refreshToken");
            ClientInfo client = client();
            AccessTokenRenewal.Outcome outcome = gateway.run(() -> renewal.renew(token, lifetime, client, DIALECT,
                    Map.of("_id", TokenIssuer.SUBJECT_PLACEHOLDER)));
            if (outcome instanceof AccessTokenRenewal.Refused refused) {
                throw tokenFailure(refused.why());
            }
            return KuzzleViews.token(((AccessTokenRenewal.Renewed) outcome).issued());
        });
    }

    @GET
    @Path("_me")
    public Response currentUser() {
        return respond(AUTH, "getCurrentUser", () -> {
            String token = bearer("getCurrentUser");
            // The SDK's usual call after a login: answered from the node's memory when the session and its identity
            // are remembered. A token that is not valid there goes the verifying way, which names Kuzzle's error
            // (an expiry it ends is answered as expired both times).
            Identity identity = gateway.verifyWithIdentity(token, DIALECT).map(IdentifiedVerification.Valid::identity)
                    .orElseGet(() -> authenticated(token, verification::identityOf));
            return KuzzleViews.user(identity, config.strategyOf(identity.connector()));
        });
    }

    /** The path of Kuzzle 1 and of the SDK's bundled route table. */
    @GET
    @Path("users/_me")
    public Response currentUserOldPath() {
        return currentUser();
    }

    @GET
    @Path("_me/_rights")
    public Response myRights() {
        return respond(AUTH, "getMyRights", () -> {
            authenticated(bearer("getMyRights"), Session::id);
            return KuzzleViews.rights();
        });
    }

    @GET
    @Path("users/_me/_rights")
    public Response myRightsOldPath() {
        return myRights();
    }

    @GET
    @Path("strategies")
    public Response strategies() {
        return respond(AUTH, "getStrategies", () -> KuzzleViews.strategies(config.strategies().entrySet().stream()
                .filter(e -> connectors.find(e.getValue()).isPresent()).map(Map.Entry::getKey).toList()));
    }

    @GET
    @Path("_me/credentials/{strategy}/_exists")
    public Response credentialsExist(@PathParam("strategy") String strategy) {
        return respond(AUTH, "credentialsExist", () -> {
            ConnectorId connector = connectorOf(strategy);
            boolean exists = authenticated(bearer("credentialsExist"), s -> s.connector().equals(connector));
            return exists ? JsonValue.TRUE : JsonValue.FALSE;
        });
    }

    @GET
    @Path("credentials/{strategy}/_me/_exists")
    public Response credentialsExistOldPath(@PathParam("strategy") String strategy) {
        return credentialsExist(strategy);
    }

    /**
     * Changes the password: {@code {password, currentPassword}} as Kuzzle's local strategy takes them
     * with its {@code requirePassword} option, which authgate always applies.
     */
    @PUT
    @Path("_me/credentials/{strategy}/_update")
    public Response updateMyCredentials(@PathParam("strategy") String strategy, String body) {
        return respond(AUTH, "updateMyCredentials", () -> {
            JsonObject credentials = bodyOf(body);
            ConnectorId connector = connectorOf(strategy);
            String password = text(credentials, "password");
            if (password == null) {
                throw new KuzzleFailure(KuzzleErrorId.MISSING_ARGUMENT, "body.password");
            }
            String current = text(credentials, "currentPassword");
            if (current == null) {
                throw new KuzzleFailure(KuzzleErrorId.CREDENTIALS_REJECTED, "currentPassword is required");
            }
            String token = bearer("updateMyCredentials");
            ClientInfo client = client();
            PasswordChange change = authenticated(token, session -> session.connector().equals(connector)
                    ? new PasswordChange(
                            passwords.change(session, current, password, OtherSessions.END, client, DIALECT),
                            verification.identityOf(session))
                    : new PasswordChange(PasswordChangeService.Result.NOT_SUPPORTED, null));
            return switch (change.result()) {
                case CHANGED -> KuzzleViews.credentials(change.identity());
                case WRONG_FORMER_PASSWORD, LOCKED -> throw new KuzzleFailure(KuzzleErrorId.CREDENTIALS_REJECTED,
                        "the current password is wrong");
                case TOO_WEAK -> throw new KuzzleFailure(KuzzleErrorId.CREDENTIALS_REJECTED,
                        "the new password does not meet the password policy");
                case NOT_SUPPORTED -> throw new KuzzleFailure(KuzzleErrorId.CREDENTIALS_REJECTED,
                        "the credentials of strategy " + strategy + " cannot be changed here");
            };
        });
    }

    @PUT
    @Path("credentials/{strategy}/_me/_update")
    public Response updateMyCredentialsOldPath(@PathParam("strategy") String strategy, String body) {
        return updateMyCredentials(strategy, body);
    }

    /** CORS preflights on Kuzzle's paths; {@link KuzzleCors} adds the headers. */
    @OPTIONS
    @Path("{route: " + KuzzlePaths.TEMPLATE + "}")
    public Response preflight() {
        return Response.ok().build();
    }

    private record PasswordChange(PasswordChangeService.Result result, Identity identity) {
    }

    private JsonObject doLogin(String strategy, JsonObject body) {
        ConnectorId connector = connectorOf(strategy);
        Duration lifetime = expiresIn();
        String username = text(body, "username");
        String password = text(body, "password");
        Credentials credentials = new Credentials(config.tenant(), username == null ? "" : username,
                password == null ? "" : password, null, null, Map.of());
        LoginRequest login = new LoginRequest(connector, credentials, client(), DIALECT, lifetime,
                TokenGrant.ACCESS_ONLY, AccessTokenFormat.JWT, Map.of("_id", TokenIssuer.SUBJECT_PLACEHOLDER));
        if (!gateway.run(() -> loginRate.admit(login, config.loginRate()))) {
            throw new KuzzleFailure(KuzzleErrorId.TOO_MANY_LOGINS);
        }
        LoginOutcome outcome = gateway.login(login);
        if (outcome instanceof LoginOutcome.LoggedIn in) {
            return KuzzleViews.token(in.issued());
        }
        // Kuzzle's local strategy has no second step: a pending second factor, like any refusal, fails the login.
        throw new KuzzleFailure(KuzzleErrorId.WRONG_CREDENTIALS);
    }

    /**
     * Runs {@code work} on the session of {@code token}, verified in the same unit of work; a bad token
     * fails with Kuzzle's token error after that unit committed (an expiry it found is recorded).
     */
    private <T> T authenticated(String token, Function<Session, T> work) {
        Object answer = gateway.run(() -> {
            VerifyOutcome outcome = verification.verify(token, DIALECT);
            if (outcome instanceof VerifyOutcome.Invalid invalid) {
                return invalid;
            }
            return new Done<>(work.apply(((VerifyOutcome.Valid) outcome).session()));
        });
        if (answer instanceof VerifyOutcome.Invalid invalid) {
            throw tokenFailure(invalid.why());
        }
        @SuppressWarnings("unchecked")
        T value = ((Done<T>) answer).value();
        return value;
    }

    private record Done<T>(T value) {
    }

    private static KuzzleFailure tokenFailure(VerifyOutcome.Why why) {
        return new KuzzleFailure(why == VerifyOutcome.Why.EXPIRED ? KuzzleErrorId.TOKEN_EXPIRED
                : KuzzleErrorId.TOKEN_INVALID);
    }

    private String bearer(String action) {
        return request.bearerToken().orElseThrow(() -> new KuzzleFailure(KuzzleErrorId.UNAUTHORIZED, AUTH, action));
    }

    private ClientInfo client() {
        return request.client(null);
    }

    private ConnectorId connectorOf(String strategy) {
        return config.connectorOf(strategy)
                .orElseThrow(() -> new KuzzleFailure(KuzzleErrorId.UNKNOWN_STRATEGY, strategy));
    }

    /** The {@code expiresIn} argument with the {@code ms} library's meaning; the configured default when absent. */
    private Duration expiresIn() {
        String text = uri.getQueryParameters().getFirst("expiresIn");
        if (text == null) {
            return config.defaultExpiresIn();
        }
        OptionalDouble millis = MsTimespan.parse(text);
        if (millis.isEmpty()) {
            throw new KuzzleFailure(KuzzleErrorId.INVALID_ARGUMENT, "expiresIn",
                    "a number of milliseconds or a duration such as \"12h\"");
        }
        if (millis.getAsDouble() == NEVER) {
            // Sessions always end (authgate.session.max-lifetime-seconds): a token that never expires exceeds it.
            throw new KuzzleFailure(KuzzleErrorId.TTL_EXCEEDED);
        }
        return Duration.ofMillis(Math.round(millis.getAsDouble()));
    }

    /** A bare {@code ?global} (how the SDK sends {@code true}) or {@code ?global=true}. */
    private boolean flag(String name) {
        List<String> values = uri.getQueryParameters().get(name);
        if (values == null || values.isEmpty()) {
            return false;
        }
        String value = values.get(0).toLowerCase(Locale.ROOT);
        return !value.equals("false") && !value.equals("0");
    }

    /** The JSON object body; an empty body is an empty object, as Kuzzle reads it. */
    private JsonObject bodyOf(String raw) {
        if (raw == null || raw.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        String type = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new KuzzleFailure(KuzzleErrorId.UNSUPPORTED_CONTENT, String.valueOf(type));
        }
        try {
            JsonValue value = jsonLimits.read(raw);
            if (value instanceof JsonObject object) {
                return object;
            }
        } catch (JsonException e) {
            throw new KuzzleFailure(KuzzleErrorId.BODY_PARSE_FAILED, "invalid JSON");
        }
        throw new KuzzleFailure(KuzzleErrorId.BODY_PARSE_FAILED, "the body is not a JSON object");
    }

    private static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value instanceof JsonString s ? s.getString() : null;
    }

    private Response respond(String controller, String action, Supplier<JsonValue> work) {
        String volatileHeader = headers.getHeaderString(KuzzleEnvelope.VOLATILE_HEADER);
        JsonValue echo = KuzzleEnvelope.volatileOrNull(volatileHeader, jsonLimits);
        if (!config.enabled()) {
            return KuzzleEnvelope.error(null, null, echo, KuzzleErrorId.URL_NOT_FOUND,
                    "/" + uri.getPath(false).replaceFirst("^/", ""));
        }
        try {
            KuzzleEnvelope.volatileOf(volatileHeader, jsonLimits);
            return KuzzleEnvelope.ok(controller, action, echo, work.get());
        } catch (KuzzleFailure failure) {
            return KuzzleEnvelope.error(controller, action, echo, failure);
        } catch (InvalidRequest invalid) {
            return KuzzleEnvelope.error(controller, action, echo, switch (invalid.kind()) {
                case UNKNOWN_CONNECTOR, CONNECTOR_DISABLED -> new KuzzleFailure(KuzzleErrorId.UNKNOWN_STRATEGY,
                        String.valueOf(uri.getPathParameters().getFirst("strategy")));
                case LIFETIME_TOO_LONG -> new KuzzleFailure(KuzzleErrorId.TTL_EXCEEDED);
                case INVALID_LIFETIME -> new KuzzleFailure(KuzzleErrorId.INVALID_ARGUMENT, "expiresIn",
                        "a positive duration");
                case NOT_SUPPORTED, INVALID_ARGUMENT -> new KuzzleFailure(KuzzleErrorId.INVALID_ARGUMENT, "body",
                        invalid.getMessage());
            });
        }
    }
}
