package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.authgate.core.account.AccountRefusal;
import org.authgate.core.connector.AccountDeletion;
import org.authgate.core.connector.AccountManagement;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.connector.Connectors;
import org.authgate.core.connector.SecondFactorManagement;

/**
 * Which enabled connector can administer accounts or second factors: the use cases ask the connector for the
 * capability (as Keycloak asks a user storage provider) instead of knowing one connector's classes. A connector that
 * lacks one is refused with {@link AccountRefusal.Kind#NOT_SUPPORTED}, which the admin API answers as its
 * {@code not-supported} problem and the console uses to hide the action.
 */
@ApplicationScoped
class AccountConnectors {
    /**
     * The connector whose accounts the admin API and the console administer: the account ids of their paths and
     * forms are its subjects. Another connector keeping accounts would add its id to those paths.
     */
    static final ConnectorId ADMINISTERED = ConnectorId.LOCAL;

    @Inject
    Connectors connectors;

    Optional<AccountManagement> accounts() {
        return connectors.find(ADMINISTERED).filter(AccountManagement.class::isInstance)
                .map(AccountManagement.class::cast);
    }

    Optional<SecondFactorManagement> secondFactors(ConnectorId connector) {
        return connectors.find(connector).filter(SecondFactorManagement.class::isInstance)
                .map(SecondFactorManagement.class::cast);
    }

    AccountManagement requireAccounts() {
        return accounts().orElseThrow(() -> notSupported("the " + ADMINISTERED.value()
                + " connector is not enabled or does not administer accounts"));
    }

    Optional<AccountDeletion> deletion() {
        return connectors.find(ADMINISTERED).filter(AccountDeletion.class::isInstance).map(AccountDeletion.class::cast);
    }

    AccountDeletion requireDeletion() {
        return deletion().orElseThrow(() -> notSupported("the " + ADMINISTERED.value()
                + " connector is not enabled or does not delete accounts"));
    }

    SecondFactorManagement requireSecondFactors(ConnectorId connector) {
        return secondFactors(connector).orElseThrow(() -> notSupported("TOTP enrolment is for local accounts"));
    }

    private static AccountRefusal notSupported(String message) {
        return new AccountRefusal(AccountRefusal.Kind.NOT_SUPPORTED, message);
    }
}
