package org.authgate.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.authgate.connectors.local.AccountAdministration;
import org.authgate.connectors.local.TotpEnrollment;
import org.authgate.core.account.Account;
import org.authgate.core.account.AccountStore;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.EndReason;
import org.authgate.core.session.SessionEnding;
import org.authgate.web.core.CoreSettings;
import org.authgate.web.core.Gateway;
import org.authgate.web.http.ProblemException;
import org.authgate.web.http.ProblemType;
import org.authgate.web.http.RequestContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators manage local accounts. Each change is one audited admin action. */
@Path("/api/v1/admin/accounts")
@RequestScoped
@Tag(name = "admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminAccountsResource {

    @Inject
    Caller caller;

    @Inject
    Gateway gateway;

    @Inject
    AccountAdministration accounts;

    @Inject
    TotpEnrollment totp;

    @Inject
    AccountStore store;

    @Inject
    SessionEnding sessions;

    @Inject
    RequestContext request;

    @Inject
    CoreSettings settings;

    /** Never the password hash or the TOTP secret. */
    public record AccountView(String id, String tenant, String username, String email, boolean emailVerified,
                              String firstName, String lastName, Set<String> roles, boolean disabled, boolean banned,
                              String banReason, boolean mustChangePassword, boolean totpEnabled,
                              Map<String, String> attributes, Instant createdAt, Instant updatedAt) {
        static AccountView of(Account a) {
            return new AccountView(a.id().toString(), a.tenant().value(), a.username(), a.email(), a.emailVerified(),
                    a.firstName(), a.lastName(), a.roles(), a.disabled(), a.banned(), a.banReason(),
                    a.mustChangePassword(), a.totpEnabled(), a.attributes(), a.createdAt(), a.updatedAt());
        }
    }

    public record NewAccountBody(String tenant, String username, String password, String email, Boolean emailVerified,
                                 String firstName, String lastName, Set<String> roles, Map<String, String> attributes,
                                 Boolean mustChangePassword) {
        @Override
        public String toString() {
            return "NewAccountBody[" + username + "]";
        }
    }

    public record UpdateBody(String email, Boolean emailVerified, String firstName, String lastName, Set<String> roles,
                             Map<String, String> attributes) {
    }

    public record BanBody(String reason) {
    }

    /** @param endSessions false keeps the account's sessions; absent or true ends them (the caller's own excepted) */
    public record PasswordResetBody(String password, Boolean mustChangePassword, Boolean endSessions) {
        @Override
        public String toString() {
            return "PasswordResetBody[***]";
        }
    }

    @GET
    @Operation(summary = "Local accounts ordered by username; q filters username and email")
    public List<AccountView> list(@QueryParam("tenant") String tenant, @QueryParam("q") String q,
                                  @QueryParam("offset") @DefaultValue("0") int offset,
                                  @QueryParam("limit") @DefaultValue("50") int limit) {
        caller.admin();
        int size = Params.limit(limit);
        return gateway.run(() -> store.list(Params.tenant(tenant), q, Math.max(0, offset), size)).stream()
                .map(AccountView::of).toList();
    }

    @GET
    @Path("/{id}")
    public AccountView get(@PathParam("id") String id) {
        caller.admin();
        SubjectId subject = Params.subject(id);
        return gateway.run(() -> store.findById(subject)).map(AccountView::of)
                .orElseThrow(() -> new org.authgate.web.http.ProblemException(
                        org.authgate.web.http.ProblemType.NOT_FOUND, "no such account"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a local account")
    public Response create(NewAccountBody body) {
        String actor = caller.admin().username();
        Require.body(body);
        AccountAdministration.NewAccount request = new AccountAdministration.NewAccount(Require.tenant(body.tenant()),
                Require.text(body.username(), "username"), Require.text(body.password(), "password"), body.email(),
                Boolean.TRUE.equals(body.emailVerified()), body.firstName(), body.lastName(), body.roles(),
                body.attributes(), Boolean.TRUE.equals(body.mustChangePassword()));
        Account created = gateway.run(() -> accounts.create(actor, request));
        return Response.created(URI.create("/api/v1/admin/accounts/" + created.id())).entity(AccountView.of(created))
                .build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change profile fields; absent fields stay")
    public AccountView update(@PathParam("id") String id, UpdateBody body) {
        Require.body(body);
        if (body.roles() != null && !body.roles().contains(settings.adminRole())) {
            refuseOwnAccount(id, "take the " + settings.adminRole() + " role from");
        }
        return act(id, (actor, subject) -> accounts.update(actor, subject, new AccountAdministration.AccountUpdate(
                body.email(), body.emailVerified(), body.firstName(), body.lastName(), body.roles(), body.attributes())));
    }

    @POST
    @Path("/{id}/disable")
    public AccountView disable(@PathParam("id") String id) {
        refuseOwnAccount(id, "disable");
        return act(id, (actor, subject) -> endSessions(actor, accounts.setDisabled(actor, subject, true)));
    }

    @POST
    @Path("/{id}/enable")
    public AccountView enable(@PathParam("id") String id) {
        refuseOwnAccount(id, "enable");
        return act(id, (actor, subject) -> accounts.setDisabled(actor, subject, false));
    }

    @POST
    @Path("/{id}/ban")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountView ban(@PathParam("id") String id, BanBody body) {
        Require.body(body);
        String reason = Require.text(body.reason(), "reason");
        refuseOwnAccount(id, "ban");
        return act(id, (actor, subject) -> endSessions(actor, accounts.ban(actor, subject, reason)));
    }

    @POST
    @Path("/{id}/unban")
    public AccountView unban(@PathParam("id") String id) {
        refuseOwnAccount(id, "unban");
        return act(id, (actor, subject) -> accounts.unban(actor, subject));
    }

    @POST
    @Path("/{id}/unlock")
    @Operation(summary = "Clear the account's failed-login lockout")
    public AccountView unlock(@PathParam("id") String id) {
        return act(id, (actor, subject) -> accounts.unlock(actor, subject));
    }

    @POST
    @Path("/{id}/reset-totp")
    public AccountView resetTotp(@PathParam("id") String id) {
        if (caller.admin().subject().equals(Params.subject(id))) {
            // Without the password, a stolen administrator token could strip the factor and enrol the thief's own.
            throw new org.authgate.web.http.ProblemException(org.authgate.web.http.ProblemType.FORBIDDEN,
                    "remove your own second factor with POST /api/v1/totp/reset and your current password");
        }
        return act(id, (actor, subject) -> totp.reset(actor, subject));
    }

    @POST
    @Path("/{id}/reset-password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a new password; the account's sessions end unless endSessions is false")
    public AccountView resetPassword(@PathParam("id") String id, PasswordResetBody body) {
        Require.body(body);
        String password = Require.text(body.password(), "password");
        boolean mustChange = body.mustChangePassword() == null || body.mustChangePassword();
        boolean endSessions = !Boolean.FALSE.equals(body.endSessions());
        return act(id, (actor, subject) -> {
            Account reset = accounts.resetPassword(actor, subject, password, mustChange);
            return endSessions ? endSessions(actor, reset) : reset;
        });
    }

    /**
     * Refused with 403: an administrator neither locks themselves out (disable, ban, demotion: another administrator
     * must do it) nor lifts a disable or ban that another administrator put on their own account.
     */
    private void refuseOwnAccount(String id, String what) {
        SubjectId own = caller.admin().subject();
        if (Params.subject(id).equals(own)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "an administrator cannot " + what + " their own account");
        }
    }

    /**
     * A disabled, banned or reset user keeps no session: their tokens stop working in the same transaction (a reset
     * after a suspected compromise is pointless while the intruder's tokens still work). The caller's own session is
     * kept: an administrator resetting their own password goes on with the session they are using (disable and ban
     * of one's own account are refused before).
     */
    private Account endSessions(String actor, Account account) {
        sessions.endAllOf(account.id(), caller.session().id(), EndReason.ADMIN_REVOKE, request.client(null),
                Dialect.ADMIN, actor);
        return account;
    }

    private AccountView act(String id, java.util.function.BiFunction<String, SubjectId, Account> action) {
        String actor = caller.admin().username();
        SubjectId subject = Params.subject(id);
        return AccountView.of(gateway.run(() -> action.apply(actor, subject)));
    }

}
