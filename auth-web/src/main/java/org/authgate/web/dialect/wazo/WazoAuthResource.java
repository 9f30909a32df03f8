package org.authgate.web.dialect.wazo;

import static org.authgate.web.dialect.wazo.WazoAccess.WAZO;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.connector.Credentials;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;
import org.authgate.core.login.LoginOutcome;
import org.authgate.core.login.LoginRequest;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.RefreshOutcome;
import org.authgate.core.session.RefreshRequest;
import org.authgate.core.session.Session;
import org.authgate.core.session.SessionId;
import org.authgate.core.session.TokenGrant;
import org.authgate.web.http.JsonLimits;
import org.authgate.web.http.RequestContext;
import org.authgate.web.usecase.CallerSession;
import org.authgate.web.usecase.Login;
import org.authgate.web.usecase.Logout;
import org.authgate.web.usecase.OfflineGrants;
import org.authgate.web.usecase.TenantSessions;

/** wazo-auth's token API under {@code /api/auth/0.1}. */
@Path(WazoErrors.AUTH_PREFIX)
@RequestScoped
@WazoRoutes
@Produces(MediaType.APPLICATION_JSON)
public class WazoAuthResource {
    /** wire compatibility: wazo-auth reports how many sessions a login revoked over its user's limit; never any here. */
    static final String SESSIONS_REVOKED = "Wazo-Sessions-Revoked";
    private static final int MAX_PAGE = 1000;

    @Inject
    Login logins;

    @Inject
    OfflineGrants grants;

    @Inject
    Logout logouts;

    @Inject
    CallerSession callers;

    @Inject
    TenantSessions tenantSessions;

    @Inject
    RequestContext request;

    @Inject
    WazoConfig config;

    @Inject
    WazoMapper mapper;

    @Inject
    WazoAccess access;

    @Inject
    JsonLimits jsonLimits;

    /** Login with HTTP Basic, or a new token for a refresh token (then no Basic). */
    @POST
    @Path("/token")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createToken(String body, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                @HeaderParam("Wazo-Session-Type") String sessionType) {
        WazoTokenRequest token = WazoTokenRequest.parse(body, jsonLimits);
        ClientInfo client = request.client(token.clientId(),
                WazoMapper.MOBILE.equalsIgnoreCase(sessionType) ? WazoMapper.MOBILE : null);
        if (token.refreshToken() != null) {
            RefreshOutcome outcome = grants.refresh(token.refreshToken(), token.clientId(),
                    new RefreshRequest(WAZO, client, token.lifetime(), Map.of()));
            if (outcome instanceof RefreshOutcome.Refreshed refreshed) {
                return created(refreshed.issued().session(), refreshed.issued().accessToken(), null);
            }
            throw authenticationFailed();
        }
        String[] basic = basic(authorization).orElseThrow(WazoAuthResource::authenticationFailed);
        ConnectorId connector = config.connectorOf(token.backend()).orElseThrow(WazoAuthResource::authenticationFailed);
        String tenant = token.tenant();
        if (tenant != null && !TenantId.isValid(tenant)) {
            throw authenticationFailed();
        }
        LoginRequest login = new LoginRequest(connector,
                Credentials.of(tenant == null ? TenantId.DEFAULT : new TenantId(tenant), basic[0], basic[1]), client,
                WAZO, token.lifetime(), TokenGrant.refreshableIf(token.offline()), config.tokenFormat(), Map.of());
        LoginOutcome outcome = logins.login(login);
        if (outcome instanceof LoginOutcome.LoggedIn in) {
            return created(in.issued().session(), in.issued().accessToken(), in.issued().refreshToken());
        }
        throw authenticationFailed();
    }

    /** Checks a token (the SDK's validateToken); {@code scope} must be granted by its ACL. */
    @GET
    @Path("/token/{token}")
    public Response checkToken(@PathParam("token") String token, @QueryParam("scope") String scope,
                               @QueryParam("tenant") String tenant) {
        Session session = checked(token, scope, tenant);
        return Response.ok(mapper.token(session, token, null)).build();
    }

    @HEAD
    @Path("/token/{token}")
    public Response checkTokenHead(@PathParam("token") String token, @QueryParam("scope") String scope,
                                   @QueryParam("tenant") String tenant) {
        checked(token, scope, tenant);
        return Response.noContent().build();
    }

    /** Logout: always success, as in wazo-auth, whether or not the token was live. */
    @DELETE
    @Path("/token/{token}")
    public WazoWire.WazoMessageEnvelope revokeToken(@PathParam("token") String token) {
        logouts.withAccessToken(token, request.client(null), WAZO);
        return WazoWire.WazoMessageEnvelope.SUCCESS;
    }

    /** Revokes the caller's refresh tokens of one client id; its access tokens keep working. */
    @DELETE
    @Path("/users/me/tokens/{client_id}")
    public Response deleteRefreshTokens(@PathParam("client_id") String clientId,
                                        @HeaderParam("X-Auth-Token") String authToken) {
        Optional<Integer> revoked = grants.revokeClient(WazoAccess.token(authToken), clientId,
                request.client(clientId), WAZO);
        if (revoked.isEmpty()) {
            throw new WazoRefusal(401, WazoAccess.UNAUTHORIZED);
        }
        return Response.noContent().build();
    }

    @HEAD
    @Path("/status")
    public Response statusHead() {
        return Response.ok().build();
    }

    @GET
    @Path("/status")
    public Map<String, Object> status() {
        return Map.of("rest_api", Map.of("status", "ok"));
    }

    /** The sessions of the caller's tenant (needs {@code auth.sessions.read}). */
    @GET
    @Path("/sessions")
    public WazoWire.WazoSessionList tenantSessions(@HeaderParam("X-Auth-Token") String authToken,
                                                   @QueryParam("offset") @DefaultValue("0") int offset,
                                                   @QueryParam("limit") @DefaultValue("100") int limit) {
        TenantSessions.Page page = tenantSessions.active(WazoAccess.token(authToken), WAZO,
                access.granted("auth.sessions.read"), Math.max(0, offset), Math.max(0, Math.min(limit, MAX_PAGE)),
                WazoAccess::refused);
        return new WazoWire.WazoSessionList(page.total(), page.total(),
                page.items().stream().map(mapper::sessionItem).toList());
    }

    @DELETE
    @Path("/sessions/{session_uuid}")
    public Response deleteSession(@HeaderParam("X-Auth-Token") String authToken,
                                  @PathParam("session_uuid") String sessionUuid) {
        if (!tenantSessions.revoke(WazoAccess.token(authToken), WAZO,
                access.granted("auth.sessions." + sessionUuid + ".delete"), sessionId(sessionUuid),
                request.client(null), WazoAccess::refused)) {
            throw noSuchSession();
        }
        return Response.noContent().build();
    }

    @GET
    @Path("/users/{user_uuid}/sessions")
    public WazoWire.WazoSessionList userSessions(@HeaderParam("X-Auth-Token") String authToken,
                                                 @PathParam("user_uuid") String userUuid) {
        List<WazoWire.WazoSessionItem> items = tenantSessions.activeOf(WazoAccess.token(authToken), WAZO,
                access.granted("auth.users." + userUuid + ".sessions.read"), s -> subject(s, userUuid),
                WazoAccess::refused).stream().map(mapper::sessionItem).toList();
        return new WazoWire.WazoSessionList(items.size(), items.size(), items);
    }

    @DELETE
    @Path("/users/{user_uuid}/sessions/{session_uuid}")
    public Response deleteUserSession(@HeaderParam("X-Auth-Token") String authToken,
                                      @PathParam("user_uuid") String userUuid,
                                      @PathParam("session_uuid") String sessionUuid) {
        if (!tenantSessions.revokeOf(WazoAccess.token(authToken), WAZO,
                access.granted("auth.users." + userUuid + ".sessions." + sessionUuid + ".delete"),
                s -> subject(s, userUuid), sessionId(sessionUuid), request.client(null), WazoAccess::refused)) {
            throw noSuchSession();
        }
        return Response.noContent().build();
    }

    private Response created(Session session, String accessToken, String refreshToken) {
        return Response.ok(mapper.token(session, accessToken, refreshToken)).header(SESSIONS_REVOKED, "0").build();
    }

    /**
     * The token's session holding its owner's current roles, so that the ACL checked and reported follows a role
     * change at once (from this node's memory when nothing changed: it forgets an account as it changes).
     */
    private Session checked(String token, String scope, String tenant) {
        Session session = callers.verifyWithIdentity(token, WAZO).filter(v -> !v.identity().banned())
                .map(v -> v.session().withRoles(v.identity().roles()))
                .orElseThrow(() -> new WazoRefusal(404, WazoErrors.NO_SUCH_TOKEN));
        if (tenant != null && !tenant.isEmpty() && !tenant.equals(session.tenant().value())) {
            throw new WazoRefusal(403, "Unauthorized for tenant " + tenant);
        }
        if (!WazoAcl.grants(mapper.aclOf(session), scope, session.subject().toString())) {
            throw new WazoRefusal(403, "Unauthorized for " + scope);
        }
        return session;
    }

    /** {@code user:password} of an {@code Authorization: Basic} header. */
    private static Optional<String[]> basic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<SubjectId> subject(Session caller, String userUuid) {
        if ("me".equals(userUuid)) {
            return Optional.of(caller.subject());
        }
        try {
            return Optional.of(SubjectId.parse(userUuid));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<SessionId> sessionId(String text) {
        try {
            return Optional.of(SessionId.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static WazoRefusal authenticationFailed() {
        return new WazoRefusal(401, WazoErrors.AUTHENTICATION_FAILED);
    }

    private static WazoRefusal noSuchSession() {
        return new WazoRefusal(404, "No such session");
    }
}
