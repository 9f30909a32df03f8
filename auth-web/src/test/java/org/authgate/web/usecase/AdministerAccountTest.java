package org.authgate.web.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.authgate.core.account.Account;
import org.authgate.core.account.AccountRefusal;
import org.authgate.core.account.AccountUpdate;
import org.authgate.core.account.NewAccount;
import org.authgate.core.account.NextLogin;
import org.authgate.core.audit.Actor;
import org.authgate.core.connector.AccountDeletion;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;
import org.authgate.core.session.ClientInfo;
import org.authgate.web.core.CoreSettings;
import org.junit.jupiter.api.Test;

/**
 * The rules every connector's accounts get from {@link AdministerAccount}, written once there: an administrator
 * cannot ban, disable, demote, unban or enable their own account, whether the admin API (by account id) or the console
 * (by the username signed in with) asks; and a connector without the capability is refused, not bypassed.
 */
class AdministerAccountTest {
    private final FakeAccountConnector connector = new FakeAccountConnector();
    private final Account root = connector.add("root", "admin");
    private final Account alice = connector.add("alice", "user");
    private final AdministerAccount administer = administering(FakeAccountConnector.enabled(connector));

    private static AdministerAccount administering(AccountConnectors connectors) {
        AdministerAccount administer = new AdministerAccount();
        administer.work = FakeAccountConnector.directWork();
        administer.connectors = connectors;
        administer.settings = new CoreSettings() {
            @Override
            public String adminRole() {
                return "admin";
            }
        };
        return administer;
    }

    @Test
    void anAdministratorCannotLockOutTheirOwnAccountByIdNorByUsername() {
        for (Actor self : new Actor[] {Actor.administrator(root.id(), "root"), Actor.administrator("ROOT")}) {
            AdminCall call = new AdminCall(self, ClientInfo.NONE, Optional.empty());

            refusedAsOwn(() -> administer.disable(call, root.id()));
            refusedAsOwn(() -> administer.ban(call, root.id(), "oops"));
            refusedAsOwn(() -> administer.enable(self, root.id()));
            refusedAsOwn(() -> administer.unban(self, root.id()));
            refusedAsOwn(() -> administer.update(self, root.id(),
                    new AccountUpdate(null, null, null, null, Set.of("user"), null)));
        }
        assertThat(connector.calls).as("nothing reached the connector").isEmpty();
    }

    @Test
    void theRuleLeavesOtherAccountsAndHarmlessChangesOfOnesOwnAlone() {
        Actor self = Actor.administrator(root.id(), "root");

        administer.enable(self, alice.id());
        administer.unban(Actor.administrator("root"), alice.id());
        administer.update(self, alice.id(), new AccountUpdate(null, null, null, null, Set.of("user"), null));
        administer.update(self, root.id(), new AccountUpdate(null, null, "Ro", null, null, null));
        administer.update(self, root.id(), new AccountUpdate(null, null, null, null, Set.of("admin", "ops"), null));

        assertThat(connector.calls).containsExactly("enable alice by root", "unban alice by root",
                "update alice by root", "update root by root", "update root by root");
    }

    @Test
    void anotherTenantsAccountOfTheSameNameIsNotTheConsoleAdministratorsOwn() {
        Account elsewhere = new Account.Builder().id(alice.id()).tenant(new TenantId("other")).username("root")
                .passwordHash("x").roles(Set.of()).createdAt(alice.createdAt()).updatedAt(alice.updatedAt()).build();
        connector.accounts.put(elsewhere.id(), elsewhere);

        administer.enable(Actor.administrator("root"), elsewhere.id());

        assertThat(connector.calls).containsExactly("enable root by root");
    }

    @Test
    void aConnectorWithoutAccountManagementIsRefusedAsNotSupported() {
        AdministerAccount withoutCapability = administering(
                FakeAccountConnector.enabled(FakeAccountConnector.loginOnly()));

        assertThatThrownBy(() -> withoutCapability.create(Actor.administrator("root"), new NewAccount(TenantId.DEFAULT,
                "carol", "a long password", null, NewAccount.EmailStatus.UNVERIFIED, null, null, null, null,
                NextLogin.KEEP_PASSWORD)))
                .isInstanceOfSatisfying(AccountRefusal.class,
                        e -> assertThat(e.kind()).isEqualTo(AccountRefusal.Kind.NOT_SUPPORTED));
        assertThatThrownBy(() -> withoutCapability.removeSecondFactor(Actor.administrator("root"), alice.id()))
                .isInstanceOfSatisfying(AccountRefusal.class,
                        e -> assertThat(e.kind()).isEqualTo(AccountRefusal.Kind.NOT_SUPPORTED));
    }

    @Test
    void anAdministratorCannotDeleteTheirOwnAccountNorDeleteWhereTheConnectorCannot() {
        DeletingConnector deleting = new DeletingConnector();
        Account self = deleting.add("root", "admin");
        AdministerAccount withDeletion = administering(FakeAccountConnector.enabled(deleting));
        for (Actor actor : new Actor[] {Actor.administrator(self.id(), "root"), Actor.administrator("Root")}) {
            assertThatThrownBy(() -> withDeletion.delete(new AdminCall(actor, ClientInfo.NONE, Optional.empty()),
                    self.id())).isInstanceOfSatisfying(AccountRefusal.class, e -> {
                        assertThat(e.kind()).isEqualTo(AccountRefusal.Kind.OWN_ACCOUNT);
                        assertThat(e.getMessage()).isEqualTo("You cannot delete your own account.");
                    });
        }
        assertThatThrownBy(() -> withDeletion.delete(new AdminCall(Actor.administrator(self.id(), "root"),
                ClientInfo.NONE, Optional.empty()), alice.id()))
                .as("an account the connector does not keep").isInstanceOfSatisfying(AccountRefusal.class,
                        e -> assertThat(e.kind()).isEqualTo(AccountRefusal.Kind.NOT_FOUND));
        assertThat(deleting.calls).as("nothing reached the connector").isEmpty();

        assertThatThrownBy(() -> administer.delete(new AdminCall(Actor.administrator("root"), ClientInfo.NONE,
                Optional.empty()), alice.id()))
                .as("the fake connector keeps accounts but cannot delete them")
                .isInstanceOfSatisfying(AccountRefusal.class,
                        e -> assertThat(e.kind()).isEqualTo(AccountRefusal.Kind.NOT_SUPPORTED));
        assertThat(connector.calls).isEmpty();
    }

    /** The fake connector with the deletion capability. */
    private static final class DeletingConnector extends FakeAccountConnector implements AccountDeletion {
        @Override
        public void delete(Actor actor, SubjectId id) {
            calls.add("delete " + accounts.remove(id).username() + " by " + actor.name());
        }
    }

    private static void refusedAsOwn(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AccountRefusal.class, e -> {
            assertThat(e.kind()).isEqualTo(AccountRefusal.Kind.OWN_ACCOUNT);
            assertThat(e.getMessage()).startsWith("You cannot ").endsWith(" your own account.");
        });
    }
}
