package org.authgate.web.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.authgate.connectors.local.AccountAdministration;
import org.authgate.web.core.Gateway;
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
    AccountAdministration accounts;

    @Inject
    Gateway gateway;

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
        boolean created = gateway.run(() -> accounts.bootstrapAdmin(username.get(), password.get())).isPresent();
        if (created) {
            LOG.info(() -> "created the bootstrap administrator '" + username.get() + "'");
        }
    }
}
