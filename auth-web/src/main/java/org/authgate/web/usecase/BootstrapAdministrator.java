package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.authgate.core.account.Account;
import org.authgate.core.account.AccountRefusal;
import org.authgate.core.account.NewAccount;
import org.authgate.core.account.NextLogin;
import org.authgate.core.audit.Actor;
import org.authgate.core.connector.AccountManagement;
import org.authgate.core.identity.TenantId;

/**
 * The first administrator, created by the server from its configuration when the administered connector keeps no
 * account at all, so that it is safe at every start. Its password meets the same policy as every other: the most
 * powerful account must not be the easiest to guess.
 */
@ApplicationScoped
public class BootstrapAdministrator {
    /** The role the first administrator gets: the admin API's and the console's ({@code authgate.admin.role}'s default). */
    static final String ADMIN_ROLE = "admin";

    @Inject
    UnitOfWork work;

    @Inject
    AccountConnectors connectors;

    /**
     * @return the account created; empty when accounts already existed, or when no enabled connector administers
     *         accounts (nobody could log in with one)
     * @throws AccountRefusal WEAK_PASSWORD, INVALID
     */
    public Optional<Account> createIfNone(String username, String password) {
        Optional<AccountManagement> accounts = connectors.accounts();
        if (accounts.isEmpty()) {
            return Optional.empty();
        }
        return work.run(() -> accounts.get().isEmpty()
                ? Optional.of(accounts.get().create(Actor.BOOTSTRAP, new NewAccount(TenantId.DEFAULT, username,
                        password, null, NewAccount.EmailStatus.UNVERIFIED, null, null, Set.of(ADMIN_ROLE), null,
                        NextLogin.KEEP_PASSWORD)))
                : Optional.empty());
    }
}
