package org.authgate.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.Optional;
import java.util.Set;
import org.authgate.core.account.Account;
import org.authgate.core.account.AccountRefusal;
import org.authgate.core.account.AccountUpdate;
import org.authgate.core.account.NewAccount;
import org.authgate.core.account.NextLogin;
import org.authgate.core.account.PasswordReset;
import org.authgate.core.audit.Actor;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.session.Session;
import org.authgate.web.http.ProblemException;
import org.authgate.web.http.ProblemType;
import org.authgate.web.http.RequestContext;
import org.authgate.web.usecase.AdminCall;
import org.authgate.web.usecase.AdministerAccount;
import org.authgate.web.usecase.BrowseAccounts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Administrators manage the accounts of the connector that keeps them (local). Each change is one use case
 * ({@link AdministerAccount}: audited, ending the sessions it must, refusing self-lockout); a refusal is an
 * {@link AccountRefusal}, answered as a problem by {@code ErrorMappers}: 409 conflict, 404 not-found, 400
 * weak-password or bad-request, 403 forbidden for one's own account, and 400 not-supported when the connector cannot
 * administer accounts (a client asked for something this deployment does not offer, not a server fault: no 5xx).
 */
@Path("/api/v1/admin/accounts")
@RequestScoped
@Tag(name = "admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminAccountsResource {

    @Inject
    Caller caller;

    @Inject
    AdministerAccount administer;

    @Inject
    BrowseAccounts browse;

    @Inject
    RequestContext request;

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
        return browse.list(Params.tenant(tenant), q, Math.max(0, offset), size).stream().map(AccountView::of).toList();
    }

    @GET
    @Path("/{id}")
    public AccountView get(@PathParam("id") String id) {
        caller.admin();
        SubjectId subject = Params.subjectId(id);
        return browse.find(subject).map(AccountView::of)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no such account"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a local account")
    public Response create(NewAccountBody body) {
        Actor actor = actor();
        Require.body(body);
        NewAccount request = new NewAccount(Require.tenant(body.tenant()),
                Require.text(body.username(), "username"), Require.text(body.password(), "password"), body.email(),
                NewAccount.EmailStatus.verifiedIf(Boolean.TRUE.equals(body.emailVerified())), body.firstName(),
                body.lastName(), body.roles(), body.attributes(),
                NextLogin.changeIf(Boolean.TRUE.equals(body.mustChangePassword())));
        Account created = administer.create(actor, request);
        // Relative without a leading '/': JAX-RS resolves it against the application's base URI, which carries the
        // context root when authgate is deployed under one (authgate.context-root); "/api/..." would leave it out.
        return Response.created(URI.create("api/v1/admin/accounts/" + created.id())).entity(AccountView.of(created))
                .build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change profile fields; absent fields stay")
    public AccountView update(@PathParam("id") String id, UpdateBody body) {
        Require.body(body);
        AccountUpdate changes = new AccountUpdate(body.email(), body.emailVerified(), body.firstName(),
                body.lastName(), body.roles(), body.attributes());
        return AccountView.of(administer.update(actor(), Params.subjectId(id), changes));
    }

    /**
     * Deletes the account for good: its sessions end at once on every node, its credentials, second factor and
     * lockout counters go, and its audit records keep its id but lose its personal fields. 204; 404 when there is no
     * such account (also the second of two deletions), 403 for one's own account, 400 not-supported when the
     * connector cannot delete accounts.
     */
    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an account; its sessions end and its audit records are anonymised")
    public Response delete(@PathParam("id") String id) {
        administer.delete(call(), Params.subjectId(id));
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/disable")
    public AccountView disable(@PathParam("id") String id) {
        return AccountView.of(administer.disable(call(), Params.subjectId(id)));
    }

    @POST
    @Path("/{id}/enable")
    public AccountView enable(@PathParam("id") String id) {
        return AccountView.of(administer.enable(actor(), Params.subjectId(id)));
    }

    @POST
    @Path("/{id}/ban")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountView ban(@PathParam("id") String id, BanBody body) {
        Require.body(body);
        String reason = Require.text(body.reason(), "reason");
        return AccountView.of(administer.ban(call(), Params.subjectId(id), reason));
    }

    @POST
    @Path("/{id}/unban")
    public AccountView unban(@PathParam("id") String id) {
        return AccountView.of(administer.unban(actor(), Params.subjectId(id)));
    }

    @POST
    @Path("/{id}/unlock")
    @Operation(summary = "Clear the account's failed-login lockout")
    public AccountView unlock(@PathParam("id") String id) {
        return AccountView.of(administer.unlock(actor(), Params.subjectId(id)));
    }

    /** Not one's own (403): that needs the current password, with POST /api/v1/totp/reset. */
    @POST
    @Path("/{id}/reset-totp")
    public AccountView resetTotp(@PathParam("id") String id) {
        return AccountView.of(administer.removeSecondFactor(actor(), Params.subjectId(id)));
    }

    @POST
    @Path("/{id}/reset-password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a new password; the account's sessions end unless endSessions is false")
    public AccountView resetPassword(@PathParam("id") String id, PasswordResetBody body) {
        Require.body(body);
        PasswordReset reset = new PasswordReset(Require.text(body.password(), "password"),
                NextLogin.changeIf(body.mustChangePassword() == null || body.mustChangePassword()));
        AdministerAccount.Sessions after = Boolean.FALSE.equals(body.endSessions())
                ? AdministerAccount.Sessions.KEEP : AdministerAccount.Sessions.END;
        return AccountView.of(administer.resetPassword(call(), Params.subjectId(id), reset, after));
    }

    /** The calling administrator (a problem for anyone else), as the audit records and the self-lockout rule see them. */
    private Actor actor() {
        Session admin = caller.admin();
        return Actor.administrator(admin.subject(), admin.username());
    }

    /** As {@link #actor}, keeping the session the administrator is using when their own account's sessions end. */
    private AdminCall call() {
        Actor actor = actor();
        return new AdminCall(actor, request.client(null), Optional.of(caller.session().id()));
    }
}
