package org.authgate.web.dialect.view365;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.connector.Credentials;
import org.authgate.core.login.LoginOutcome;
import org.authgate.core.login.LoginRequest;
import org.authgate.core.login.LoginWithPasswordChange;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.TokenGrant;
import org.authgate.core.token.AccessTokenFormat;
import org.authgate.web.http.RequestContext;
import org.authgate.web.usecase.Login;
import org.authgate.web.usecase.LoginChangingPassword;
import org.authgate.web.usecase.LoginRequiringPasswordChange;
import org.authgate.web.usecase.Logout;

/**
 * 365View's connector login. The "session id" a login answers is the session's opaque access token,
 * which {@code DELETE /login/{sessionId}} ends.
 */
@Path(View365Errors.BASE)
@View365Routes
@RequestScoped
public class View365Resource {
    static final Dialect DIALECT = new Dialect("365view");
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2}_[A-Z]{2}");
    private static final String DEFAULT_LOCALE = "en_EN";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Login logins;

    @Inject
    LoginChangingPassword loginChangingPassword;

    @Inject
    LoginRequiringPasswordChange loginRequiringChange;

    @Inject
    Logout logouts;

    @Inject
    RequestContext request;

    @Inject
    View365Config config;

    /** "Connector information": a fresh random session id (128 bits), which nothing stores. */
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String sessionId() {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }

    @POST
    @Path("/prepare")
    @Produces(MediaType.APPLICATION_JSON)
    public View365Wire.LoginObject prepare() {
        return new View365Wire.LoginObject("login", "", "", new View365Wire.PasswordObject("", "", false));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.TEXT_PLAIN)
    public String loginInDefaultLocale(View365Wire.LoginObject body) {
        return login(DEFAULT_LOCALE, body);
    }

    /** "prepare" excluded here: RESTEasy would otherwise pick this template for POST /login/prepare. */
    @POST
    @Path("/{locale: (?!prepare$)[^/]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.TEXT_PLAIN)
    public String login(@PathParam("locale") String locale, View365Wire.LoginObject body) {
        if (!LOCALE.matcher(locale).matches()) {
            throw View365Refusal.badRequest("locale must look like en_EN, not " + locale);
        }
        if (body == null || !"login".equals(body.kind())) {
            throw View365Refusal.badRequest("a login object with kind \"login\" is required");
        }
        if (body.title() == null || body.title().isBlank() || body.password() == null
                || body.password().value() == null || body.password().value().isEmpty()) {
            throw View365Refusal.badRequest("title and password.value are required");
        }
        byte[] key = config.desKey().orElseThrow();
        String value = View365Cipher.decrypt(key, body.password().value())
                .orElseThrow(() -> View365Refusal.loginFailed("password.value is not DES-encrypted with this server's key"));
        String former = body.password().former();
        ClientInfo client = request.client(null);
        if (former != null && !former.isEmpty()) {
            String current = View365Cipher.decrypt(key, former)
                    .orElseThrow(() -> View365Refusal.loginFailed("password.former is not DES-encrypted with this server's key"));
            LoginWithPasswordChange.Result result = loginChangingPassword.login(
                    loginRequest(body.title(), current, client), value);
            if (result.login() instanceof LoginOutcome.LoggedIn in && !result.succeeded()) {
                throw View365Refusal.loginFailed("the new password was refused (" + result.change() + ")");
            }
            return sessionIdOf(result.login());
        }
        boolean reset = Boolean.TRUE.equals(body.password().reset());
        LoginRequest login = loginRequest(body.title(), value, client);
        if (reset && !config.connector().equals(ConnectorId.LOCAL)) {
            throw View365Refusal.loginFailed("reset is only offered for the local connector");
        }
        // reset: the user asks to choose a new password; the account must change it at its next login.
        return sessionIdOf(reset ? loginRequiringChange.login(login, DIALECT) : logins.login(login));
    }

    @DELETE
    @Path("/{sessionId}")
    @Produces(MediaType.TEXT_PLAIN)
    public Response logoff(@PathParam("sessionId") String sessionId) {
        if (!logouts.withAccessToken(sessionId, request.client(null), DIALECT)) {
            throw new View365Refusal(404, "No such active session");
        }
        return Response.ok().build();
    }

    private LoginRequest loginRequest(String username, String password, ClientInfo client) {
        return new LoginRequest(config.connector(), new Credentials(config.tenant(), username, password, null, null,
                Map.of()), client, DIALECT, null, TokenGrant.ACCESS_ONLY, AccessTokenFormat.OPAQUE, Map.of());
    }

    private static String sessionIdOf(LoginOutcome outcome) {
        if (outcome instanceof LoginOutcome.LoggedIn in) {
            return in.issued().accessToken();
        }
        if (outcome instanceof LoginOutcome.SecondFactorPending) {
            throw View365Refusal.loginFailed("this account needs a second factor, which the login object cannot carry");
        }
        throw View365Refusal.loginFailed(switch (((LoginOutcome.Refused) outcome).refusal()) {
            case INVALID_CREDENTIALS, INVALID_SECOND_FACTOR -> "wrong user name or password";
            case BANNED -> "this account is banned";
            case DISABLED -> "this account is disabled";
            case PASSWORD_EXPIRED -> "the password must be changed: send the current one as former and the new one as value";
        });
    }
}
