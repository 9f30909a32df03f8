package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.authgate.core.account.Account;
import org.authgate.core.connector.AccountManagement;
import org.authgate.core.connector.PasswordVerifier;
import org.authgate.web.core.CoreSettings;

/**
 * Which administrators (holders of {@code authgate.admin.role}) of the administered connector still have a given
 * password: a production start asks it for the run command's public development password, which an administrator the
 * run command created keeps in the database after the setting that made it is gone.
 *
 * <p>Each stored hash is checked by the connector ({@link PasswordVerifier}: one full hash derivation per administrator,
 * compared in constant time), read-only: nothing is written and no audit record either. This is not a sign-in
 * attempt by anyone, so a {@code LOGIN_FAILED} or {@code STEP_UP_FAILED} record (and a lockout count) for every
 * administrator at every start would only be noise that looks like an attack; the refusal itself is in the
 * server log. The password is never logged.
 */
@ApplicationScoped
public class AdministratorPasswordScreen {
    private static final Logger LOG = Logger.getLogger(AdministratorPasswordScreen.class.getName());

    @Inject
    UnitOfWork work;

    @Inject
    AccountConnectors connectors;

    @Inject
    CoreSettings settings;

    /**
     * @return the administrators whose stored password is {@code password}, by tenant and username; empty when no
     *         enabled connector administers accounts or the connector cannot verify a password
     */
    public List<Account> administratorsWith(String password) {
        Optional<AccountManagement> accounts = connectors.accounts();
        if (accounts.isEmpty() || !(accounts.get() instanceof PasswordVerifier verifier)) {
            return List.of();
        }
        return work.run(() -> accounts.get().listHolding(settings.adminRole()).stream()
                .filter(administrator -> holds(verifier, administrator, password)).toList());
    }

    /**
     * A stored hash the connector cannot read (broken, of an unknown scheme) is no match: no one could sign in with
     * it, and the start must not fail on it; the account is named so an administrator can reset it.
     */
    private static boolean holds(PasswordVerifier verifier, Account administrator, String password) {
        try {
            return verifier.verifyPassword(administrator.id(), password);
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "the stored password hash of administrator " + administrator.id()
                    + " cannot be verified (" + e.getClass().getSimpleName() + "): reset its password");
            return false;
        }
    }
}
