package org.authgate.web.dialect.oneentry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.connector.Credentials;
import org.authgate.core.login.LoginOutcome;
import org.authgate.core.login.LoginRequest;
import org.authgate.core.login.PasswordChangeService;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.EndReason;
import org.authgate.core.session.RefreshOutcome;
import org.authgate.core.session.RefreshRequest;
import org.authgate.core.token.AccessTokenFormat;
import org.authgate.core.session.TokenGrant;
import org.authgate.core.login.OtherSessions;
import org.authgate.web.http.JsonLimits;
import org.authgate.web.http.RequestContext;
import org.authgate.web.usecase.CallerSession;
import org.authgate.web.usecase.ChangeOwnPassword;
import org.authgate.web.usecase.Login;
import org.authgate.web.usecase.LoginProviders;
import org.authgate.web.usecase.Logout;
import org.authgate.web.usecase.OwnSessions;
import org.authgate.web.usecase.Refresh;

/**
 * OneEntry's AuthProvider API. Each method parses OneEntry's request, makes one call to the core and
 * renders OneEntry's answer; access tokens are JWTs, refresh tokens rotate on every use.
 */
@Path(OneEntryErrors.BASE)
@RequestScoped
@OneEntryRoutes
@Produces(MediaType.APPLICATION_JSON)
public class OneEntryResource {
    static final Dialect DIALECT = new Dialect("oneentry");
    private static final String DEVICE_METADATA = "x-device-metadata";
    /**
     * OneEntry's bare {@code true}. A new Response each time: a Response is one request's outbound message, and
     * Jersey (Payara) fails the second request that is answered with the same instance (RESTEasy happens not to).
     */
    private static Response trueAnswer() {
        return Response.ok("true", MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Inject
    Login logins;

    @Inject
    Refresh refreshes;

    @Inject
    Logout logouts;

    @Inject
    OwnSessions ownSessions;

    @Inject
    ChangeOwnPassword passwords;

    @Inject
    LoginProviders providers;

    @Inject
    RequestContext request;

    @Inject
    OneEntryConfig config;

    @Inject
    JsonLimits jsonLimits;

    @GET
    public String providers(@QueryParam("langCode") String langCode, @QueryParam("offset") String offset,
                            @QueryParam("limit") String limit) {
        int from = count(offset, 0, "offset");
        int max = count(limit, 30, "limit");
        List<String> markers = List.copyOf(config.markers().keySet());
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (int i = from; i < markers.size() && i < (long) from + max; i++) {
            list.add(provider(i, markers.get(i)));
        }
        return list.build().toString();
    }

    @GET
    @Path("/marker/{marker}")
    public String provider(@PathParam("marker") String marker, @QueryParam("langCode") String langCode) {
        List<String> markers = List.copyOf(config.markers().keySet());
        int index = markers.indexOf(marker);
        if (index < 0) {
            throw unknownProvider(marker);
        }
        return provider(index, marker).toString();
    }

    @POST
    @Path("/marker/{marker}/users/auth")
    @Consumes(MediaType.APPLICATION_JSON)
    public OneEntryWire.AuthEntity auth(@PathParam("marker") String marker, OneEntryWire.AuthBody body) {
        ClientInfo client = client();
        ConnectorId connector = connectorOf(marker);
        if (body == null || body.authData() == null) {
            throw OneEntryRefusal.badRequest("authData must be an array");
        }
        if (body.formIdentifier() != null || body.langCode() != null) {
            throw OneEntryRefusal.badRequest("property formIdentifier or langCode should not exist");
        }
        Map<String, String> values = new HashMap<>();
        for (OneEntryWire.AuthDatum datum : body.authData()) {
            if (datum == null || datum.marker() == null) {
                throw OneEntryRefusal.badRequest("each authData item needs a marker");
            }
            String value = OneEntryMapper.value(datum.value());
            if (value != null) {
                values.put(datum.marker(), value);
            }
        }
        String login = values.remove("login");
        String password = values.remove("password");
        if (login == null || login.isBlank() || password == null || password.isEmpty()) {
            throw OneEntryRefusal.badRequest("authData must contain the values of login and password");
        }
        String code = values.remove("code");
        Credentials credentials = new Credentials(config.tenant(), login, password, code, null, values);
        LoginOutcome outcome = logins.login(new LoginRequest(connector, credentials, client, DIALECT, null, TokenGrant.WITH_REFRESH_TOKEN,
                AccessTokenFormat.JWT, OneEntryMapper.claims(marker, login)));
        if (outcome instanceof LoginOutcome.LoggedIn in) {
            return OneEntryMapper.authEntity(in.issued(), marker);
        }
        if (outcome instanceof LoginOutcome.SecondFactorPending) {
            throw new OneEntryRefusal(401, "A one-time code is required: send it as authData marker code");
        }
        throw switch (((LoginOutcome.Refused) outcome).refusal()) {
            case INVALID_CREDENTIALS -> OneEntryRefusal.unauthorized("Invalid login or password");
            case INVALID_SECOND_FACTOR -> OneEntryRefusal.unauthorized("Invalid code");
            case BANNED -> new OneEntryRefusal(403, "User is banned");
            case DISABLED -> new OneEntryRefusal(403, "User is not active");
            case PASSWORD_EXPIRED -> new OneEntryRefusal(403, "Password must be changed");
        };
    }

    @POST
    @Path("/marker/{marker}/users/refresh")
    @Consumes(MediaType.APPLICATION_JSON)
    public OneEntryWire.AuthEntity refresh(@PathParam("marker") String marker, OneEntryWire.RefreshBody body) {
        ClientInfo client = client();
        connectorOf(marker);
        String token = refreshTokenOf(body);
        RefreshOutcome outcome = refreshes.refresh(token,
                new RefreshRequest(DIALECT, client, null, OneEntryMapper.claims(marker, null)));
        if (outcome instanceof RefreshOutcome.Refreshed refreshed) {
            return OneEntryMapper.authEntity(refreshed.issued(), marker);
        }
        throw switch (((RefreshOutcome.Refused) outcome).why()) {
            case REUSED -> OneEntryRefusal.badRequest("Refresh token was already used: all its sessions are closed");
            case EXPIRED -> OneEntryRefusal.badRequest("Refresh token expired");
            case UNKNOWN, ENDED -> OneEntryRefusal.badRequest("Invalid refresh token");
        };
    }

    @POST
    @Path("/marker/{marker}/users/logout")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response logout(@PathParam("marker") String marker, OneEntryWire.RefreshBody body) {
        ClientInfo client = client();
        connectorOf(marker);
        if (!logouts.withRefreshToken(refreshTokenOf(body), client, DIALECT)) {
            throw OneEntryRefusal.badRequest("Invalid refresh token");
        }
        return trueAnswer();
    }

    @POST
    @Path("/marker/{marker}/users/logout-all")
    public Response logoutAll(@PathParam("marker") String marker) {
        ClientInfo client = client();
        connectorOf(marker);
        ownSessions.endAll(bearer(), EndReason.LOGOUT_ALL, client, DIALECT, OneEntryResource::unauthorized);
        return trueAnswer();
    }

    @GET
    @Path("/marker/{marker}/users/sessions")
    public List<OneEntryWire.ActiveSession> activeSessions(@PathParam("marker") String marker) {
        connectorOf(marker);
        return ownSessions.live(bearer(), DIALECT, OneEntryResource::unauthorized).stream()
                .map(s -> new OneEntryWire.ActiveSession(OneEntryMapper.deviceInfoOf(s.client().deviceInfo())))
                .toList();
    }

    @POST
    @Path("/marker/{marker}/users/change-password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(@PathParam("marker") String marker, OneEntryWire.ChangePasswordBody body) {
        ClientInfo client = client();
        connectorOf(marker);
        String token = bearer();
        // The token is judged first (a 401 before any complaint about the body), then the body, then the user it
        // names: so the body's problem is found here but answered only for a valid token.
        Optional<OneEntryRefusal> malformed = problemOf(body);
        ChangeOwnPassword.Changed changed = passwords.change(token, DIALECT,
                session -> malformed.isEmpty() && (body.userIdentifier() == null
                        || body.userIdentifier().equals(session.username())),
                malformed.isEmpty() ? OneEntryMapper.value(body.code()) : null,
                malformed.isEmpty() ? body.password1() : null, OtherSessions.END, client,
                why -> why != CallerSession.Refusal.FORBIDDEN ? unauthorized(why)
                        : malformed.orElseGet(() -> new OneEntryRefusal(403, "userIdentifier is not the signed-in user")));
        PasswordChangeService.Result result = changed.result();
        return switch (result) {
            case CHANGED -> trueAnswer();
            case WRONG_FORMER_PASSWORD, LOCKED -> throw OneEntryRefusal.badRequest("Invalid code");
            case TOO_WEAK -> throw OneEntryRefusal.badRequest("The new password is too weak");
            case NOT_SUPPORTED -> throw OneEntryRefusal.badRequest("This provider cannot change passwords");
        };
    }

    private jakarta.json.JsonObject provider(int index, String marker) {
        return OneEntryMapper.provider(index + 1, marker, providers.enabled(config.markers().get(marker)),
                providers.policy());
    }

    /** The client of a POST: OneEntry refuses one without valid device metadata. */
    private ClientInfo client() {
        String metadata = OneEntryMapper.deviceMetadata(request.header(DEVICE_METADATA), jsonLimits)
                .orElseThrow(() -> OneEntryRefusal.badRequest("x-device-metadata header is missing or malformed"));
        return request.client(null, metadata);
    }

    /** The caller's access token; a request without one is refused before anything is looked up. */
    private String bearer() {
        return request.bearerToken().orElseThrow(() -> OneEntryRefusal.unauthorized("Unauthorized"));
    }

    /** Any refusal of the caller's token: OneEntry's 401, on which the SDK refreshes and retries once. */
    private static OneEntryRefusal unauthorized(CallerSession.Refusal why) {
        return OneEntryRefusal.unauthorized("Unauthorized");
    }

    /** What is wrong with a change-password body, in the order OneEntry checks it; empty when nothing. */
    private static Optional<OneEntryRefusal> problemOf(OneEntryWire.ChangePasswordBody body) {
        if (body == null) {
            return Optional.of(OneEntryRefusal.badRequest("a JSON body is required"));
        }
        if (!"1".equals(OneEntryMapper.value(body.type()))) {
            return Optional.of(OneEntryRefusal.badRequest(
                    "type must be 1 (change): recovery by code is not offered here"));
        }
        String current = OneEntryMapper.value(body.code());
        if (current == null || current.isEmpty() || body.password1() == null || body.password1().isEmpty()) {
            return Optional.of(OneEntryRefusal.badRequest("code (the current password) and password1 are required"));
        }
        if (body.password2() != null && !body.password2().equals(body.password1())) {
            return Optional.of(OneEntryRefusal.badRequest("password1 and password2 differ"));
        }
        return Optional.empty();
    }

    private ConnectorId connectorOf(String marker) {
        return config.connectorOf(marker).orElseThrow(() -> unknownProvider(marker));
    }

    private static String refreshTokenOf(OneEntryWire.RefreshBody body) {
        if (body == null || body.refreshToken() == null || body.refreshToken().isBlank()) {
            throw OneEntryRefusal.badRequest("refreshToken is required");
        }
        return body.refreshToken();
    }

    private static OneEntryRefusal unknownProvider(String marker) {
        return OneEntryRefusal.notFound("Auth provider " + marker + " not found");
    }

    private static int count(String value, int otherwise, String name) {
        if (value == null || value.isEmpty()) {
            return otherwise;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw OneEntryRefusal.badRequest(name + " must be a non-negative integer");
    }
}
