package org.authgate.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
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
import org.authgate.core.account.PasswordStanding;
import org.authgate.core.audit.Actor;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;
import org.authgate.core.session.ClientInfo;
import org.authgate.web.core.CoreSettings;
import org.authgate.web.usecase.AdminCall;
import org.authgate.web.usecase.AdministerAccount;
import org.authgate.web.usecase.BrowseAccounts;

/**
 * The accounts pages: each change is one use case ({@link AdministerAccount}: audited, ending the sessions it must,
 * refusing the administrator's own lockout, shared with the admin API), answered as rows that never carry a password
 * hash or a TOTP secret. A refusal is an {@link AccountRefusal} whose message the page shows. The administrator is
 * known by the username they signed in with.
 */
@ApplicationScoped
public class AccountsFacade {
    @Inject
    BrowseAccounts browse;

    @Inject
    AdministerAccount administer;

    @Inject
    CoreSettings settings;

    /**
     * Never the password hash or the TOTP secret.
     *
     * @param password how the hash stands ("bcrypt, rehash at next login"); null where the page does not show it
     * @param weakHash true for a hash below OWASP's advice (the connector's judgement)
     */
    public record AccountRow(String id, String tenant, String username, String email, Set<String> roles,
                             boolean disabled, boolean banned, String banReason, boolean totpEnabled,
                             Instant createdAt, String password, boolean weakHash) {
        static AccountRow of(Account a) {
            return of(a, Optional.empty());
        }

        static AccountRow of(Account a, Optional<PasswordStanding> password) {
            return new AccountRow(a.id().toString(), a.tenant().value(), a.username(), a.email(), a.roles(),
                    a.disabled(), a.banned(), a.banReason(), a.totpEnabled(), a.createdAt(),
                    password.map(AccountRow::describe).orElse(null),
                    password.map(PasswordStanding::weak).orElse(false));
        }

        private static String describe(PasswordStanding p) {
            String scheme = "argon2id".equals(p.scheme()) ? "Argon2id" : p.scheme();
            if (!p.pendingRehash()) {
                return scheme;
            }
            return ("argon2id".equals(p.scheme()) ? scheme + " at another cost" : scheme) + ", rehash at next login";
        }

        public String rolesText() {
            return String.join(", ", roles);
        }
    }

    /**
     * One account as its page shows it: the profile, and the failed logins counted against it (typed as its
     * username or its email) in the lockout's current window.
     *
     * @param lockedUntil null when logins are not locked
     */
    public record AccountDetail(AccountRow row, boolean emailVerified, String firstName, String lastName,
                                boolean mustChangePassword, Instant updatedAt, int failedLogins,
                                Instant lockedUntil) {
        public boolean isLocked() {
            return lockedUntil != null;
        }
    }

    /** The profile form; blank texts clear a field, roles are comma-separated. */
    public record ProfileChange(String email, String firstName, String lastName, String roles) {
    }

    /** A TOTP enrolment waiting for its first code: the secret is shown to the administrator once. */
    public record TotpSetup(String accountId, String username, String secret, String otpauthUri) {
        @Override
        public String toString() {
            return "TotpSetup[" + username + "]";
        }
    }

    /** What the administered connector offers: the pages show only the actions it can do. */
    public BrowseAccounts.Capabilities capabilities() {
        return browse.capabilities();
    }

    /** With each hash's standing; {@code pendingRehashOnly}: only the accounts still on an imported hash. */
    public List<AccountRow> accounts(String query, boolean pendingRehashOnly, int offset, int limit) {
        return browse.listWithPasswords(TenantId.DEFAULT, Blank.toNull(query), pendingRehashOnly, offset, limit)
                .stream().map(l -> AccountRow.of(l.account(), l.password())).toList();
    }

    public AccountRow createAccount(String actor, String username, String password, String email, boolean admin) {
        Set<String> roles = admin ? Set.of(settings.adminRole()) : Set.of();
        NewAccount request = new NewAccount(TenantId.DEFAULT, username, password, Blank.toNull(email),
                NewAccount.EmailStatus.UNVERIFIED, null, null, roles, Map.of(), NextLogin.KEEP_PASSWORD);
        return AccountRow.of(administer.create(Actor.administrator(actor), request));
    }

    /** Bans the account and ends its sessions in the same transaction. */
    public AccountRow ban(String actor, String accountId, String reason, ClientInfo client) {
        return AccountRow.of(administer.ban(call(actor, client), SubjectId.parse(accountId), reason));
    }

    /** @throws AccountRefusal OWN_ACCOUNT: a ban on one's own account is lifted by another administrator */
    public AccountRow unban(String actor, String accountId) {
        return AccountRow.of(administer.unban(Actor.administrator(actor), SubjectId.parse(accountId)));
    }

    /** @return empty for an unknown id (a stale link): the page says so */
    public Optional<AccountDetail> account(String accountId) {
        return subject(accountId).flatMap(browse::standing).map(AccountsFacade::detail);
    }

    /** @throws AccountRefusal INVALID, DUPLICATE_EMAIL, OWN_ACCOUNT (taking the admin role from one's own account) */
    public AccountDetail updateProfile(String actor, String accountId, ProfileChange change) {
        Set<String> roles = new LinkedHashSet<>();
        Arrays.stream(change.roles() == null ? new String[0] : change.roles().split(","))
                .map(String::strip).filter(r -> !r.isEmpty()).forEach(roles::add);
        // Blank stays blank: AccountUpdate reads "" as "clear" and null as "keep".
        AccountUpdate update = new AccountUpdate(orEmpty(change.email()), null, orEmpty(change.firstName()),
                orEmpty(change.lastName()), roles, null);
        return detailOf(administer.update(Actor.administrator(actor), SubjectId.parse(accountId), update));
    }

    /**
     * Deletes the account for good: its sessions end, its audit records are anonymised.
     *
     * @throws AccountRefusal NOT_FOUND, OWN_ACCOUNT
     */
    public void delete(String actor, String accountId, ClientInfo client) {
        administer.delete(call(actor, client), SubjectId.parse(accountId));
    }

    /** Disabling ends the account's sessions in the same transaction. @throws AccountRefusal OWN_ACCOUNT */
    public AccountDetail disable(String actor, String accountId, ClientInfo client) {
        return detailOf(administer.disable(call(actor, client), SubjectId.parse(accountId)));
    }

    /** @throws AccountRefusal OWN_ACCOUNT: enabling one's own account is another administrator's call */
    public AccountDetail enable(String actor, String accountId) {
        return detailOf(administer.enable(Actor.administrator(actor), SubjectId.parse(accountId)));
    }

    /**
     * Sets a new password; with {@link AdministerAccount.Sessions#END} every session of the account ends too (a
     * password reset after a suspected compromise is pointless while the intruder's tokens still work).
     *
     * @throws AccountRefusal WEAK_PASSWORD
     */
    public AccountDetail resetPassword(String actor, String accountId, PasswordReset reset,
                                      AdministerAccount.Sessions after, ClientInfo client) {
        return detailOf(administer.resetPassword(call(actor, client), SubjectId.parse(accountId), reset, after));
    }

    public AccountDetail forcePasswordChange(String actor, String accountId) {
        return detailOf(administer.requirePasswordChange(Actor.administrator(actor), SubjectId.parse(accountId)));
    }

    public AccountDetail unlock(String actor, String accountId) {
        return detailOf(administer.unlock(Actor.administrator(actor), SubjectId.parse(accountId)));
    }

    /** The administrator sees the secret once and hands it to the user. @throws AccountRefusal OWN_ACCOUNT */
    public TotpSetup beginTotp(String actor, String accountId) {
        AdministerAccount.StartedEnrolment started = administer.beginSecondFactor(Actor.administrator(actor),
                SubjectId.parse(accountId));
        return new TotpSetup(accountId, started.account().username(), started.pending().secret(),
                started.pending().otpauthUri());
    }

    /** @return false for a wrong code */
    public boolean confirmTotp(String actor, String accountId, String code, ClientInfo client) {
        return administer.confirmSecondFactor(call(actor, client), SubjectId.parse(accountId), code);
    }

    /** @throws AccountRefusal OWN_ACCOUNT: a stolen console session must not strip the administrator's own factor */
    public AccountRow resetTotp(String actor, String accountId) {
        return AccountRow.of(administer.removeSecondFactor(Actor.administrator(actor), SubjectId.parse(accountId)));
    }

    /** The page after a change: the account as changed, with its failed logins as read right after (unlock's effect). */
    private AccountDetail detailOf(Account changed) {
        BrowseAccounts.Standing read = browse.standing(changed.id())
                .orElseGet(() -> new BrowseAccounts.Standing(changed, 0, Optional.empty()));
        return detail(new BrowseAccounts.Standing(changed, read.failedLogins(), read.lockedUntil()));
    }

    private static AccountDetail detail(BrowseAccounts.Standing standing) {
        Account a = standing.account();
        return new AccountDetail(AccountRow.of(a), a.emailVerified(), a.firstName(), a.lastName(),
                a.mustChangePassword(), a.updatedAt(), standing.failedLogins(), standing.lockedUntil().orElse(null));
    }

    /** The console signs in again after its own session ends, so none of the account's sessions is kept. */
    private static AdminCall call(String actor, ClientInfo client) {
        return new AdminCall(Actor.administrator(actor), client, Optional.empty());
    }

    private static Optional<SubjectId> subject(String accountId) {
        try {
            return accountId == null ? Optional.empty() : Optional.of(SubjectId.parse(accountId.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
