package org.authgate.web.dialect.kuzzle;

import static org.authgate.web.dialect.kuzzle.KuzzleAuthResource.AUTH;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.identity.Identity;
import org.authgate.core.session.Session;
import org.authgate.core.login.OtherSessions;
import org.authgate.web.usecase.CallerIdentity;
import org.authgate.web.usecase.CallerSession;
import org.authgate.web.usecase.ChangeOwnPassword;

/**
 * Kuzzle's auth controller, the caller's own half: {@code getCurrentUser}, {@code getMyRights},
 * {@code credentialsExist}, {@code updateMyCredentials}, each also on the path of Kuzzle 1 and of the SDK's bundled
 * route table ({@code /users/_me...}, {@code /credentials/{strategy}/_me/...}).
 */
@Path("/")
@KuzzleRoutes
@RequestScoped
public class KuzzleMeResource extends KuzzleControllerResource {

    @Inject
    CallerSession callers;

    @Inject
    CallerIdentity callerIdentity;

    @Inject
    ChangeOwnPassword passwords;

    @GET
    @Path("_me")
    public Response currentUser() {
        return respond(AUTH, "getCurrentUser", () -> {
            Identity identity = callerIdentity.of(bearer(AUTH, "getCurrentUser"), DIALECT,
                    KuzzleControllerResource::tokenRefused);
            return KuzzleMapper.user(identity, config.strategyOf(identity.connector()));
        });
    }

    @GET
    @Path("users/_me")
    public Response currentUserOldPath() {
        return currentUser();
    }

    @GET
    @Path("_me/_rights")
    public Response myRights() {
        return respond(AUTH, "getMyRights", () -> {
            callers.act(bearer(AUTH, "getMyRights"), DIALECT, Session::id, KuzzleControllerResource::tokenRefused);
            return KuzzleMapper.rights();
        });
    }

    @GET
    @Path("users/_me/_rights")
    public Response myRightsOldPath() {
        return myRights();
    }

    @GET
    @Path("_me/credentials/{strategy}/_exists")
    public Response credentialsExist(@PathParam("strategy") String strategy) {
        return respond(AUTH, "credentialsExist", () -> {
            ConnectorId connector = connectorOf(strategy);
            boolean exists = callers.act(bearer(AUTH, "credentialsExist"), DIALECT,
                    s -> s.connector().equals(connector), KuzzleControllerResource::tokenRefused);
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
                throw new KuzzleRefusal(KuzzleErrorId.MISSING_ARGUMENT, "body.password");
            }
            String current = text(credentials, "currentPassword");
            if (current == null) {
                throw new KuzzleRefusal(KuzzleErrorId.CREDENTIALS_REJECTED, "currentPassword is required");
            }
            KuzzleRefusal notHere = new KuzzleRefusal(KuzzleErrorId.CREDENTIALS_REJECTED,
                    "the credentials of strategy " + strategy + " cannot be changed here");
            // only the session's own strategy (connector) can change its password here
            ChangeOwnPassword.Changed change = passwords.change(bearer(AUTH, "updateMyCredentials"), DIALECT,
                    session -> session.connector().equals(connector), current, password, OtherSessions.END, client(),
                    why -> why == CallerSession.Refusal.FORBIDDEN ? notHere : tokenRefused(why));
            return switch (change.result()) {
                case CHANGED -> KuzzleMapper.credentials(change.identity());
                case WRONG_FORMER_PASSWORD, LOCKED -> throw new KuzzleRefusal(KuzzleErrorId.CREDENTIALS_REJECTED,
                        "the current password is wrong");
                case TOO_WEAK -> throw new KuzzleRefusal(KuzzleErrorId.CREDENTIALS_REJECTED,
                        "the new password does not meet the password policy");
                case NOT_SUPPORTED -> throw notHere;
            };
        });
    }

    @PUT
    @Path("credentials/{strategy}/_me/_update")
    public Response updateMyCredentialsOldPath(@PathParam("strategy") String strategy, String body) {
        return updateMyCredentials(strategy, body);
    }
}
