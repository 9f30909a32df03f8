package org.authgate.web.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.authgate.core.account.AccountRefusal;
import org.authgate.core.account.NextLogin;
import org.authgate.core.account.PasswordReset;
import org.authgate.core.session.ClientInfo;
import org.authgate.web.http.RequestContext;
import org.authgate.web.usecase.AdministerAccount;
import org.authgate.web.usecase.BrowseAccounts;

/**
 * One local account's page ({@code account.xhtml?id=…}): edit the profile and roles, disable or enable,
 * reset the password (optionally ending every session), force a change at the next login, unlock, delete (after a
 * confirmation dialog). Each
 * button is a POST of a Faces form; the facade audits each change with the administrator as actor.
 */
@Named
@ViewScoped
public class AccountView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AccountsFacade facade;

    @Inject
    SessionsFacade sessions;

    @Inject
    ConsoleUser user;

    @Inject
    RequestContext request;

    /** What the accounts' connector can do, read once per view: the page shows only those actions. */
    private BrowseAccounts.Capabilities can;

    private String id;
    private AccountsFacade.AccountDetail account;
    /** The account's live sessions when the page last rendered it: the confirmations say what a change ends. */
    private LiveSessions live = LiveSessions.NONE;

    private String email;
    private String firstName;
    private String lastName;
    private String roles;

    private String newPassword;
    private boolean mustChange = true;
    private boolean endSessions = true;

    /** The view action: an unknown or malformed id shows a message instead of an error page. */
    public void load() {
        can = facade.capabilities();
        account = facade.account(id).orElse(null);
        if (account == null) {
            ConsoleMessages.error("No such account.");
            return;
        }
        fillForm();
    }

    public void saveProfile() {
        change(() -> facade.updateProfile(user.username(), accountId(),
                new AccountsFacade.ProfileChange(email, firstName, lastName, roles)), "Profile saved.");
    }

    public void disable() {
        change(() -> facade.disable(user.username(), accountId(), client()),
                "Account disabled; its sessions were ended.");
    }

    public void enable() {
        change(() -> facade.enable(user.username(), accountId()), "Account enabled.");
    }

    public void resetPassword() {
        try {
            PasswordReset reset = new PasswordReset(newPassword == null ? "" : newPassword, NextLogin.changeIf(mustChange));
            AdministerAccount.Sessions after = endSessions ? AdministerAccount.Sessions.END
                    : AdministerAccount.Sessions.KEEP;
            change(() -> facade.resetPassword(user.username(), accountId(), reset, after, client()),
                    "Password reset" + (endSessions ? "; the account's sessions were ended." : "."));
        } finally {
            newPassword = null;
        }
    }

    public void forcePasswordChange() {
        change(() -> facade.forcePasswordChange(user.username(), accountId()),
                "The user must choose a new password at their next login.");
    }

    public void unlock() {
        change(() -> facade.unlock(user.username(), accountId()), "Failed logins forgotten: the account is unlocked.");
    }

    /**
     * Asked through the page's confirmation dialog. Afterwards the page shows only the message: there is no account
     * left to show.
     */
    public void delete() {
        if (account == null) {
            ConsoleMessages.error("No such account.");
            return;
        }
        try {
            facade.delete(user.username(), accountId(), client());
            account = null;
            ConsoleMessages.info("Account deleted; its sessions were ended and its audit records anonymised.");
        } catch (AccountRefusal e) {
            ConsoleMessages.error(e.kind() == AccountRefusal.Kind.OWN_ACCOUNT ? e.getMessage()
                    : "Not deleted: " + e.getMessage() + ".");
        }
    }

    private interface Change {
        AccountsFacade.AccountDetail apply();
    }

    private void change(Change action, String done) {
        if (account == null) {
            ConsoleMessages.error("No such account.");
            return;
        }
        try {
            account = action.apply();
            fillForm();
            ConsoleMessages.info(done);
        } catch (AccountRefusal e) {
            // The self-lockout refusal is a sentence of its own; the connector's are phrases.
            ConsoleMessages.error(e.kind() == AccountRefusal.Kind.OWN_ACCOUNT ? e.getMessage()
                    : "Not changed: " + e.getMessage() + ".");
        }
    }

    private void fillForm() {
        live = new LiveSessions(sessions.liveSessions(List.of(accountId())));
        email = account.row().email();
        firstName = account.firstName();
        lastName = account.lastName();
        roles = account.row().rolesText();
    }

    private String accountId() {
        return account.row().id();
    }

    private ClientInfo client() {
        return request.client("authgate-console");
    }

    /** The sentence a confirmation uses for what ending the account's sessions ends. */
    public String getSessionsEnd() {
        return account == null ? "" : live.end(accountId());
    }

    public AccountsFacade.AccountDetail getAccount() {
        return account;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getRoles() {
        return roles;
    }

    public void setRoles(String roles) {
        this.roles = roles;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public boolean isMustChange() {
        return mustChange;
    }

    public void setMustChange(boolean mustChange) {
        this.mustChange = mustChange;
    }

    public boolean isEndSessions() {
        return endSessions;
    }

    public void setEndSessions(boolean endSessions) {
        this.endSessions = endSessions;
    }

    public BrowseAccounts.Capabilities getCan() {
        return can;
    }
}
