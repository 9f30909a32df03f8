package org.authgate.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.authgate.core.account.AccountRefusal;
import org.authgate.web.http.RequestContext;
import org.authgate.web.usecase.BrowseAccounts;

/**
 * Local accounts: search, create, ban or unban with a reason, and TOTP enrolment with a QR code (the
 * administrator hands the code to the user, who confirms it with their first code) or its reset.
 */
@Named
@ViewScoped
public class AccountsView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int PAGE = 50;

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

    private String query;
    private boolean pendingRehashOnly;
    private List<AccountsFacade.AccountRow> accounts = List.of();
    /** The live sessions of the listed accounts that can be banned: the ban's confirmation says how many end. */
    private LiveSessions live = LiveSessions.NONE;

    private String newUsername;
    private String newPassword;
    private String newEmail;
    private boolean newAdmin;

    private String banReason;

    private AccountsFacade.TotpSetup totpSetup;
    private String totpQr;
    private String totpCode;

    @PostConstruct
    void init() {
        can = facade.capabilities();
        search();
    }

    public void search() {
        accounts = facade.accounts(query, pendingRehashOnly, 0, PAGE);
        live = new LiveSessions(sessions.liveSessions(accounts.stream().filter(a -> !a.banned())
                .map(AccountsFacade.AccountRow::id).toList()));
    }

    public void create() {
        try {
            AccountsFacade.AccountRow created = facade.createAccount(user.username(), newUsername, newPassword, newEmail,
                    newAdmin);
            ConsoleMessages.info("Account " + created.username() + " created.");
            query = created.username();
            newUsername = null;
            newEmail = null;
            newAdmin = false;
        } catch (AccountRefusal | IllegalArgumentException e) {
            ConsoleMessages.error("Account not created: " + e.getMessage());
        } finally {
            newPassword = null;
        }
        search();
    }

    public void ban(String accountId) {
        String reason = Blank.toNull(banReason);
        if (reason == null) {
            ConsoleMessages.error("A ban needs a reason.");
            return;
        }
        try {
            AccountsFacade.AccountRow banned = facade.ban(user.username(), accountId, reason, client());
            ConsoleMessages.info("Account " + banned.username() + " banned; its sessions were ended.");
            banReason = null;
        } catch (AccountRefusal e) {
            ConsoleMessages.error(e.getMessage());
        }
        search();
    }

    public void unban(String accountId) {
        try {
            AccountsFacade.AccountRow row = facade.unban(user.username(), accountId);
            ConsoleMessages.info("Account " + row.username() + " unbanned.");
        } catch (AccountRefusal e) {
            ConsoleMessages.error(e.getMessage());
        }
        search();
    }

    public void beginTotp(String accountId) {
        try {
            totpSetup = facade.beginTotp(user.username(), accountId);
            totpQr = QrCodes.pngDataUri(totpSetup.otpauthUri());
            totpCode = null;
        } catch (AccountRefusal e) {
            ConsoleMessages.error("TOTP enrolment not started: " + e.getMessage());
        }
    }

    public void confirmTotp() {
        if (totpSetup == null) {
            return;
        }
        try {
            if (facade.confirmTotp(user.username(), totpSetup.accountId(), totpCode, client())) {
                ConsoleMessages.info("TOTP enabled for " + totpSetup.username() + ".");
                totpSetup = null;
                totpQr = null;
                search();
            } else {
                ConsoleMessages.error("Wrong code: try the current one.");
            }
        } catch (AccountRefusal e) {
            ConsoleMessages.error("TOTP not enabled: " + e.getMessage());
        } finally {
            totpCode = null;
        }
    }

    public void resetTotp(String accountId) {
        try {
            AccountsFacade.AccountRow row = facade.resetTotp(user.username(), accountId);
            ConsoleMessages.info("TOTP reset for " + row.username() + ".");
        } catch (AccountRefusal e) {
            ConsoleMessages.error("TOTP not reset: " + e.getMessage());
        }
        search();
    }

    private org.authgate.core.session.ClientInfo client() {
        return request.client("authgate-console");
    }

    /** What banning the listed account {@code accountId} ends, as the confirmation says it. */
    public String sessionsEnd(String accountId) {
        return live.end(accountId);
    }

    public List<AccountsFacade.AccountRow> getAccounts() {
        return accounts;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public boolean isPendingRehashOnly() {
        return pendingRehashOnly;
    }

    public void setPendingRehashOnly(boolean pendingRehashOnly) {
        this.pendingRehashOnly = pendingRehashOnly;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public boolean isNewAdmin() {
        return newAdmin;
    }

    public void setNewAdmin(boolean newAdmin) {
        this.newAdmin = newAdmin;
    }

    public String getBanReason() {
        return banReason;
    }

    public void setBanReason(String banReason) {
        this.banReason = banReason;
    }

    public AccountsFacade.TotpSetup getTotpSetup() {
        return totpSetup;
    }

    public String getTotpQr() {
        return totpQr;
    }

    public String getTotpCode() {
        return totpCode;
    }

    public void setTotpCode(String totpCode) {
        this.totpCode = totpCode;
    }

    public BrowseAccounts.Capabilities getCan() {
        return can;
    }
}
