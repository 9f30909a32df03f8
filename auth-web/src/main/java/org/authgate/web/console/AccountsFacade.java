package org.authgate.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.authgate.connectors.local.AccountAdministration;
import org.authgate.connectors.local.TotpEnrollment;
import org.authgate.core.account.Account;
import org.authgate.core.account.AccountStore;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.EndReason;
import org.authgate.core.session.SessionService;
import org.authgate.web.core.CoreSettings;
import org.authgate.web.core.Gateway;

/**
 * The accounts page (local connector): every change is one Gateway transaction that also writes its
 * ADMIN_ACTION audit row, answered as rows that never carry a password hash or a TOTP secret.
 */
@ApplicationScoped
public class AccountsFacade {
    @Inject
    Gateway gateway;

    @Inject
    SessionService sessions;

    @Inject
    AccountStore accountStore;

    @Inject
    AccountAdministration accounts;

    @Inject
    TotpEnrollment totp;

    @Inject
    CoreSettings settings;

    /** Never the password hash or the TOTP secret. */
    public record AccountRow(String id, String tenant, String username, String email, Set<String> roles,
                             boolean disabled, boolean banned, String banReason, boolean totpEnabled,
                             Instant createdAt) {
        static AccountRow of(Account a) {
            return new AccountRow(a.id().toString(), a.tenant().value(), a.username(), a.email(), a.roles(),
                    a.disabled(), a.banned(), a.banReason(), a.totpEnabled(), a.createdAt());
        }

        public String rolesText() {
            return String.join(", ", roles);
        }
    }

    /** A TOTP enrolment waiting for its first code: the secret is shown to the administrator once. */
    public record TotpSetup(String accountId, String username, String secret, String otpauthUri) {
        @Override
        public String toString() {
            return "TotpSetup[" + username + "]";
        }
    }

    public List<AccountRow> accounts(String query, int offset, int limit) {
        return gateway.run(() -> accountStore.list(TenantId.DEFAULT, Blank.toNull(query), offset, limit)).stream()
                .map(AccountRow::of).toList();
    }

    public AccountRow createAccount(String actor, String username, String password, String email, boolean admin) {
        Set<String> roles = admin ? Set.of(settings.adminRole()) : Set.of();
        AccountAdministration.NewAccount request = new AccountAdministration.NewAccount(TenantId.DEFAULT, username,
                password, Blank.toNull(email), false, null, null, roles, Map.of(), false);
        return AccountRow.of(gateway.run(() -> accounts.create(actor, request)));
    }

    /** Bans the account and ends its sessions in the same transaction, as the admin API does. */
    public AccountRow ban(String actor, String accountId, String reason, ClientInfo client) {
        SubjectId subject = SubjectId.parse(accountId);
        return AccountRow.of(gateway.run(() -> {
            Account banned = accounts.ban(actor, subject, reason);
            sessions.endAllOf(subject, null, EndReason.ADMIN_REVOKE, client, Dialect.ADMIN, actor);
            return banned;
        }));
    }

    public AccountRow unban(String actor, String accountId) {
        SubjectId subject = SubjectId.parse(accountId);
        return AccountRow.of(gateway.run(() -> accounts.unban(actor, subject)));
    }

    public TotpSetup beginTotp(String accountId) {
        SubjectId subject = SubjectId.parse(accountId);
        return gateway.run(() -> {
            TotpEnrollment.Pending pending = totp.begin(subject);
            String username = accountStore.findById(subject).map(Account::username).orElse("");
            return new TotpSetup(accountId, username, pending.secret(), pending.otpauthUri());
        });
    }

    /** @return false for a wrong code */
    public boolean confirmTotp(String accountId, String code, ClientInfo client) {
        SubjectId subject = SubjectId.parse(accountId);
        return gateway.run(() -> totp.confirm(subject, code, Dialect.ADMIN, client));
    }

    public AccountRow resetTotp(String actor, String accountId) {
        SubjectId subject = SubjectId.parse(accountId);
        return AccountRow.of(gateway.run(() -> totp.reset(actor, subject)));
    }
}
