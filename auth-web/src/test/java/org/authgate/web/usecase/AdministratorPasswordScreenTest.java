package org.authgate.web.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.authgate.core.account.Account;
import org.authgate.core.connector.PasswordVerifier;
import org.authgate.core.identity.SubjectId;
import org.authgate.web.core.CoreSettings;
import org.junit.jupiter.api.Test;

/**
 * The production start's screen finds exactly the administrators whose stored password is the one asked for, checks no
 * one else's, survives a hash it cannot read, and writes nothing (the connector's calls stay empty: no audit record).
 */
class AdministratorPasswordScreenTest {
    private final VerifyingConnector connector = new VerifyingConnector();

    /** A connector that keeps passwords in clear and records which accounts it was asked about. */
    static final class VerifyingConnector extends FakeAccountConnector implements PasswordVerifier {
        final Map<SubjectId, String> passwords = new HashMap<>();

        Account withPassword(String username, String password, String... roles) {
            Account account = add(username, roles);
            passwords.put(account.id(), password);
            return account;
        }

        @Override
        public boolean verifyPassword(SubjectId subject, String password) {
            calls.add("verify " + accounts.get(subject).username());
            String stored = passwords.get(subject);
            if (stored == null) {
                throw new IllegalArgumentException("not a password hash authgate knows");
            }
            return stored.equals(password);
        }
    }

    private AdministratorPasswordScreen screen(AccountConnectors connectors) {
        AdministratorPasswordScreen screen = new AdministratorPasswordScreen();
        screen.work = FakeAccountConnector.directWork();
        screen.connectors = connectors;
        screen.settings = new CoreSettings() {
            @Override
            public String adminRole() {
                return "admin";
            }
        };
        return screen;
    }

    @Test
    void findsTheAdministratorsWithThePasswordAndAsksOnlyAboutAdministrators() {
        Account devAdmin = connector.withPassword("admin", "authgate-dev-admin", "admin");
        connector.withPassword("ops", "a chosen passphrase", "admin", "user");
        connector.withPassword("alice", "authgate-dev-admin", "user");

        assertThat(screen(FakeAccountConnector.enabled(connector)).administratorsWith("authgate-dev-admin"))
                .containsExactly(devAdmin);
        assertThat(connector.calls).containsExactlyInAnyOrder("verify admin", "verify ops");
    }

    @Test
    void anUnreadableHashIsNoMatchAndDoesNotStopTheScreen() {
        Account devAdmin = connector.withPassword("admin", "authgate-dev-admin", "admin");
        connector.add("broken", "admin");

        assertThat(screen(FakeAccountConnector.enabled(connector)).administratorsWith("authgate-dev-admin"))
                .containsExactly(devAdmin);
    }

    @Test
    void aConnectorThatCannotVerifyPasswordsOrNoAccountConnectorHasNone() {
        FakeAccountConnector withoutVerifier = new FakeAccountConnector();
        withoutVerifier.add("admin", "admin");

        assertThat(screen(FakeAccountConnector.enabled(withoutVerifier)).administratorsWith("x")).isEmpty();
        assertThat(screen(FakeAccountConnector.enabled(FakeAccountConnector.loginOnly())).administratorsWith("x"))
                .isEmpty();
    }
}
