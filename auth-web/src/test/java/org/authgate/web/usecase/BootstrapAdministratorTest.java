package org.authgate.web.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.authgate.core.account.Account;
import org.junit.jupiter.api.Test;

/**
 * The first administrator is created only while the administered connector keeps no account at all, so the start can
 * ask for it every time (moved here from the local connector's tests: the rule now holds for any connector).
 */
class BootstrapAdministratorTest {
    private final FakeAccountConnector connector = new FakeAccountConnector();

    private static BootstrapAdministrator bootstrapping(AccountConnectors connectors) {
        BootstrapAdministrator bootstrap = new BootstrapAdministrator();
        bootstrap.work = FakeAccountConnector.directWork();
        bootstrap.connectors = connectors;
        return bootstrap;
    }

    @Test
    void createsAnAdministratorOnlyInAnEmptyStore() {
        BootstrapAdministrator bootstrap = bootstrapping(FakeAccountConnector.enabled(connector));

        Optional<Account> first = bootstrap.createIfNone("admin", "bootstrap secret");
        Optional<Account> second = bootstrap.createIfNone("other", "bootstrap secret");

        assertThat(first).hasValueSatisfying(a -> assertThat(a.roles()).containsExactly("admin"));
        assertThat(second).isEmpty();
        assertThat(connector.calls).containsExactly("create admin by bootstrap");
    }

    @Test
    void doesNothingWhenAnyAccountExists() {
        connector.add("alice", "user");

        assertThat(bootstrapping(FakeAccountConnector.enabled(connector)).createIfNone("admin", "bootstrap secret"))
                .isEmpty();
        assertThat(connector.calls).isEmpty();
    }

    @Test
    void doesNothingWhenNoEnabledConnectorAdministersAccounts() {
        assertThat(bootstrapping(FakeAccountConnector.enabled(FakeAccountConnector.loginOnly()))
                .createIfNone("admin", "bootstrap secret")).isEmpty();
    }
}
