package org.authgate.web.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.authgate.core.account.AccountRefusal;
import org.authgate.web.usecase.BootstrapAdministrator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first administrator from {@code AUTHGATE_BOOTSTRAP_ADMIN_USERNAME} /
 * {@code AUTHGATE_BOOTSTRAP_ADMIN_PASSWORD} when the account table is empty; there is no built-in
 * default account. The password is never logged.
 */
@ApplicationScoped
public class BootstrapAdmin {
    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class.getName());

    @Inject
    BootstrapAdministrator bootstrap;

    @Inject
    @ConfigProperty(name = "authgate.bootstrap.admin.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "authgate.bootstrap.admin.password")
    Optional<String> password;

    void createIfEmpty() {
        if (username.isEmpty() || password.isEmpty()) {
            LOG.info("no bootstrap administrator configured (AUTHGATE_BOOTSTRAP_ADMIN_USERNAME/PASSWORD)");
            return;
        }
        boolean created;
        try {
            created = bootstrap.createIfNone(username.get(), password.get()).isPresent();
        } catch (AccountRefusal e) {
            // The operator's password meets the same policy as every other (length, not a common password): the
            // most powerful account must not be the easiest to guess. Stopping the start says so at once.
            throw new IllegalStateException("the bootstrap administrator was not created (AUTHGATE_BOOTSTRAP_ADMIN_*): "
                    + e.getMessage(), e);
        }
        if (created) {
            LOG.info(() -> "created the bootstrap administrator '" + username.get() + "'");
        }
    }
}
