package org.authgate.web.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.authgate.core.account.Account;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.identity.TenantId;
import org.junit.jupiter.api.Test;

/**
 * The console shows an action only when the connector has the capability, and reads go through the capability too:
 * a connector that cannot administer accounts lists none, rather than the web reaching into a store behind it.
 */
class BrowseAccountsTest {

    private static BrowseAccounts browsing(AccountConnectors connectors) {
        BrowseAccounts browse = new BrowseAccounts();
        browse.work = FakeAccountConnector.directWork();
        browse.connectors = connectors;
        return browse;
    }

    @Test
    void aConnectorWithAccountManagementButNoSecondFactorSaysSo() {
        FakeAccountConnector connector = new FakeAccountConnector();
        Account alice = connector.add("alice", "user");
        BrowseAccounts browse = browsing(FakeAccountConnector.enabled(connector));

        assertThat(browse.capabilities()).isEqualTo(new BrowseAccounts.Capabilities(true, false, false));
        assertThat(browse.list(TenantId.DEFAULT, null, 0, 50)).containsExactly(alice);
        assertThat(browse.find(alice.id())).contains(alice);
        assertThat(browse.hasSecondFactor(ConnectorId.LOCAL, alice.id())).as("no capability, no factor").isFalse();
    }

    @Test
    void aLoginOnlyConnectorOffersNothingAndListsNothing() {
        BrowseAccounts browse = browsing(FakeAccountConnector.enabled(FakeAccountConnector.loginOnly()));

        assertThat(browse.capabilities()).isEqualTo(new BrowseAccounts.Capabilities(false, false, false));
        assertThat(browse.list(TenantId.DEFAULT, null, 0, 50)).isEmpty();
        assertThat(browse.find(org.authgate.core.identity.SubjectId.random())).isEqualTo(Optional.empty());
    }
}
