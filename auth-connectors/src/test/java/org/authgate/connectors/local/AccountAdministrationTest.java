package org.authgate.connectors.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.authgate.core.account.Account;
import org.authgate.core.account.AccountRefusal;
import org.authgate.core.account.AccountUpdate;
import org.authgate.core.account.NewAccount;
import org.authgate.core.account.NextLogin;
import org.authgate.core.account.PasswordReset;
import org.authgate.core.audit.Actor;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditRecord;
import org.authgate.core.audit.Outcome;
import org.authgate.core.connector.AuthenticationResult.Authenticated;
import org.authgate.core.connector.AuthenticationResult.Rejected;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.connector.Credentials;
import org.authgate.core.connector.RejectionReason;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;
import org.authgate.core.lockout.Throttle;
import org.authgate.core.lockout.ThrottleKey;
import org.authgate.core.session.Dialect;
import org.junit.jupiter.api.Test;

class AccountAdministrationTest {
    private static final NewAccount.EmailStatus UNVERIFIED = NewAccount.EmailStatus.UNVERIFIED;
    private static final NextLogin KEEP = NextLogin.KEEP_PASSWORD;
    private static final Actor ADMIN = Actor.administrator("root");

    private final LocalFixture fixture = new LocalFixture();
    private final AccountAdministration admin = fixture.administration();
    private final LocalConnector connector = fixture.connector();

    @Test
    void createdAccountLogsInAndTheCreationIsAuditedWithActorAndTarget() {
        Account carol = admin.create(ADMIN, newAccount("carol", "carol@example.com"));

        assertThat(carol.username()).isEqualTo("carol");
        assertThat(carol.roles()).containsExactly("user");
        assertThat(carol.attributes()).containsEntry("money", "10");
        assertThat(carol.createdAt()).isEqualTo(LocalFixture.NOW);
        assertThat(carol.passwordHash()).startsWith("$argon2id$v=19$m=256,t=1,p=1$").doesNotContain("initial secret");
        assertThat(connector.authenticate(login("carol@example.com", "initial secret")))
                .isInstanceOf(Authenticated.class);
        assertAudited(AdminAction.CREATE_ACCOUNT, carol);
    }

    @Test
    void usernamesAreUniquePerTenantWhateverTheirCase() {
        admin.create(ADMIN, newAccount("carol", null));

        assertRefused(() -> admin.create(ADMIN, newAccount("CAROL", null)), AccountRefusal.Kind.DUPLICATE_USERNAME);
        Account elsewhere = admin.create(ADMIN, new NewAccount(new TenantId("other"), "carol",
                "initial secret", null, UNVERIFIED, null, null, null, null, KEEP));
        assertThat(elsewhere.tenant()).isEqualTo(new TenantId("other"));
    }

    @Test
    void emailsAreUniquePerTenantWhateverTheirCase() {
        admin.create(ADMIN, newAccount("carol", "carol@example.com"));

        assertRefused(() -> admin.create(ADMIN, newAccount("dave", "Carol@Example.com")),
                AccountRefusal.Kind.DUPLICATE_EMAIL);
        assertRefused(() -> admin.create(ADMIN, newAccount("carol@example.com", null)),
                AccountRefusal.Kind.DUPLICATE_USERNAME);
    }

    @Test
    void aWeakInitialPasswordOrAMalformedFieldIsRefusedAndNothingIsWritten() {
        assertRefused(() -> admin.create(ADMIN, new NewAccount(LocalFixture.TENANT, "carol",
                "short", null, UNVERIFIED, null, null, null, null, KEEP)), AccountRefusal.Kind.WEAK_PASSWORD);
        for (String username : new String[] {"", "ca rol", "car:ol", "x".repeat(129)}) {
            assertRefused(() -> admin.create(ADMIN, newAccount(username, null)), AccountRefusal.Kind.INVALID);
        }
        assertRefused(() -> admin.create(ADMIN, newAccount("carol", "not-an-email")), AccountRefusal.Kind.INVALID);
        assertRefused(() -> admin.create(ADMIN, new NewAccount(LocalFixture.TENANT, "carol",
                "initial secret", null, UNVERIFIED, null, null, Set.of("bad role"), null, KEEP)),
                AccountRefusal.Kind.INVALID);

        assertThat(fixture.store.count()).isZero();
        assertThat(fixture.auditLog.records()).isEmpty();
    }

    @Test
    void theInitialPasswordIsNeverShownByTheRequest() {
        assertThat(newAccount("carol", null).toString()).doesNotContain("initial secret");
    }

    @Test
    void updateChangesOnlyWhatIsGivenAndANewEmailIsUnverified() {
        Account alice = fixture.account("alice");

        Account updated = admin.update(ADMIN, alice.id(), new AccountUpdate(
                "alice@new.example", null, null, "", Set.of("user", "editor"), Map.of("money", "7")));

        assertThat(updated.email()).isEqualTo("alice@new.example");
        assertThat(updated.emailVerified()).isFalse();
        assertThat(updated.firstName()).isEqualTo("Alice");
        assertThat(updated.lastName()).isNull();
        assertThat(updated.roles()).containsExactlyInAnyOrder("user", "editor");
        assertThat(updated.attributes()).containsExactly(Map.entry("money", "7"));
        assertThat(fixture.store.get(alice.id()).email()).isEqualTo("alice@new.example");
        assertAudited(AdminAction.UPDATE_ACCOUNT, alice);
    }

    @Test
    void anAdministratorCanMarkAnEmailVerified() {
        Account alice = fixture.account("alice", b -> b.emailVerified(false));

        admin.update(ADMIN, alice.id(), new AccountUpdate(null, true, null, null, null, null));

        assertThat(fixture.store.get(alice.id()).emailVerified()).isTrue();
    }

    @Test
    void anAccountWithoutEmailHasNoVerifiedEmail() {
        Account alice = fixture.account("alice");

        Account updated = admin.update(ADMIN, alice.id(),
                new AccountUpdate(" ", true, null, null, null, null));

        assertThat(updated.email()).isNull();
        assertThat(updated.emailVerified()).isFalse();
    }

    @Test
    void anEmailOfAnotherAccountCannotBeTaken() {
        Account alice = fixture.account("alice");
        fixture.account("bob");

        assertRefused(() -> admin.update(ADMIN, alice.id(), new AccountUpdate(
                "BOB@example.com", null, null, null, null, null)), AccountRefusal.Kind.DUPLICATE_EMAIL);
        admin.update(ADMIN, alice.id(), new AccountUpdate(
                "Alice@Example.com", null, null, null, null, null));
        assertThat(fixture.store.get(alice.id()).emailVerified()).as("same address, other case").isTrue();
    }

    @Test
    void disablingAndEnablingAreAuditedAndDecideTheLogin() {
        Account alice = fixture.account("alice");

        admin.disable(ADMIN, alice.id());
        assertThat(((Rejected) connector.authenticate(login("alice", LocalFixture.PASSWORD))).reason())
                .isEqualTo(RejectionReason.DISABLED);
        admin.enable(ADMIN, alice.id());
        assertThat(connector.authenticate(login("alice", LocalFixture.PASSWORD))).isInstanceOf(Authenticated.class);

        assertThat(fixture.auditLog.records()).extracting(AuditRecord::reason)
                .containsExactly("DISABLE_ACCOUNT", "ENABLE_ACCOUNT");
    }

    @Test
    void banCarriesItsReasonToTheIdentityAndUnbanClearsIt() {
        Account alice = fixture.account("alice");

        admin.ban(ADMIN, alice.id(), "  cheating  ");
        Rejected rejected = (Rejected) connector.authenticate(login("alice", LocalFixture.PASSWORD));
        assertThat(rejected.reason()).isEqualTo(RejectionReason.BANNED);
        assertThat(rejected.identity()).hasValueSatisfying(i -> assertThat(i.banReason()).isEqualTo("cheating"));

        admin.unban(ADMIN, alice.id());
        assertThat(fixture.store.get(alice.id()).banReason()).isNull();
        assertThat(connector.authenticate(login("alice", LocalFixture.PASSWORD))).isInstanceOf(Authenticated.class);
        assertThat(fixture.auditLog.records()).extracting(AuditRecord::reason).containsExactly("BAN", "UNBAN");
    }

    @Test
    void resetPasswordSetsANewOneAndCanDemandAChange() {
        Account alice = fixture.account("alice");

        admin.resetPassword(ADMIN, alice.id(), new PasswordReset("temporary secret", NextLogin.CHANGE_PASSWORD));

        assertThat(((Rejected) connector.authenticate(login("alice", "temporary secret"))).reason())
                .isEqualTo(RejectionReason.PASSWORD_EXPIRED);
        assertThat(connector.authenticate(login("alice", LocalFixture.PASSWORD)))
                .isEqualTo(Rejected.because(RejectionReason.BAD_CREDENTIALS));
        assertRefused(() -> admin.resetPassword(ADMIN, alice.id(), new PasswordReset("short", NextLogin.KEEP_PASSWORD)),
                AccountRefusal.Kind.WEAK_PASSWORD);
        assertAudited(AdminAction.RESET_PASSWORD, alice);
    }

    @Test
    void aCommonPasswordIsRefusedWhereverAPasswordIsSetAndNothingIsWritten() {
        Account alice = fixture.account("alice");

        assertThatThrownBy(() -> admin.create(ADMIN, new NewAccount(LocalFixture.TENANT,
                "carol", "iloveyou2", null, UNVERIFIED, null, null, null, null, KEEP)))
                .isInstanceOfSatisfying(AccountRefusal.class, e -> {
                    assertThat(e.kind()).isEqualTo(AccountRefusal.Kind.WEAK_PASSWORD);
                    assertThat(e.getMessage()).contains("most common passwords");
                });
        assertRefused(() -> admin.resetPassword(ADMIN, alice.id(), new PasswordReset("Sunshine1", NextLogin.KEEP_PASSWORD)),
                AccountRefusal.Kind.WEAK_PASSWORD);
        assertRefused(() -> fresh().create(Actor.BOOTSTRAP, new NewAccount(TenantId.DEFAULT, "root", "qwertyuiop", null,
                NewAccount.EmailStatus.UNVERIFIED, null, null, Set.of("admin"), null, NextLogin.KEEP_PASSWORD)),
                AccountRefusal.Kind.WEAK_PASSWORD);

        assertThat(fixture.store.findByLogin(LocalFixture.TENANT, "carol")).isEmpty();
        assertThat(connector.authenticate(login("alice", LocalFixture.PASSWORD))).isInstanceOf(Authenticated.class);
        assertThat(fixture.auditLog.records()).isEmpty();
    }

    /** An administration over an empty store, as at the first start. */
    private static AccountAdministration fresh() {
        return new LocalFixture().administration();
    }

    @Test
    void forcePasswordChangeExpiresTheCurrentPassword() {
        Account alice = fixture.account("alice");

        admin.requirePasswordChange(ADMIN, alice.id());

        assertThat(fixture.store.get(alice.id()).mustChangePassword()).isTrue();
        assertAudited(AdminAction.FORCE_PASSWORD_CHANGE, alice);
    }

    @Test
    void resetTotpLetsTheUserInWithThePasswordAlone() {
        Account alice = fixture.totpAccount("alice");

        fixture.enrollment().reset(ADMIN, alice.id());

        assertThat(connector.authenticate(login("alice", LocalFixture.PASSWORD))).isInstanceOf(Authenticated.class);
        assertAudited(AdminAction.RESET_TOTP, alice);
    }

    @Test
    void unlockForgetsFailuresCountedAgainstTheUsernameAndTheEmail() {
        Account alice = fixture.account("alice");
        ThrottleKey byName = ThrottleKey.account(LocalFixture.TENANT, ConnectorId.LOCAL, "Alice");
        ThrottleKey byEmail = ThrottleKey.account(LocalFixture.TENANT, ConnectorId.LOCAL, "ALICE@example.com");
        ThrottleKey byAddress = ThrottleKey.address("192.0.2.1");
        Instant later = LocalFixture.NOW.plusSeconds(3600);
        for (ThrottleKey key : new ThrottleKey[] {byName, byEmail, byAddress}) {
            fixture.throttles.save(new Throttle(key, 10, LocalFixture.NOW, later, -1));
        }

        admin.unlock(ADMIN, alice.id());

        assertThat(fixture.throttles.keys()).containsOnly(byAddress);
        assertAudited(AdminAction.UNLOCK, alice);
    }

    @Test
    void deletionRemovesTheAccountItsSecondFactorAndItsLoginCountersAndAuditsNoPersonalField() {
        Account alice = fixture.totpAccount("alice");
        Account bob = fixture.account("bob");
        ThrottleKey byName = ThrottleKey.account(LocalFixture.TENANT, ConnectorId.LOCAL, "alice");
        ThrottleKey byEmail = ThrottleKey.account(LocalFixture.TENANT, ConnectorId.LOCAL, alice.email());
        ThrottleKey bobs = ThrottleKey.account(LocalFixture.TENANT, ConnectorId.LOCAL, "bob");
        ThrottleKey byAddress = ThrottleKey.address("192.0.2.1");
        for (ThrottleKey key : new ThrottleKey[] {byName, byEmail, bobs, byAddress}) {
            fixture.throttles.save(new Throttle(key, 3, LocalFixture.NOW, null, -1));
        }

        connector.delete(ADMIN, alice.id());

        assertThat(fixture.store.findById(alice.id())).isEmpty();
        assertThat(fixture.store.findById(bob.id())).isPresent();
        assertThat(fixture.throttles.keys()).containsOnly(bobs, byAddress);
        assertThat(connector.authenticate(login("alice", LocalFixture.PASSWORD)))
                .as("a deleted account is an unknown user (which every dialect answers as a wrong password)")
                .isInstanceOfSatisfying(Rejected.class,
                        r -> assertThat(r.reason()).isEqualTo(RejectionReason.UNKNOWN_USER));
        assertThat(fixture.auditLog.records()).singleElement().satisfies(r -> {
            assertThat(r.event()).isEqualTo(AuditEvent.ADMIN_ACTION);
            assertThat(r.reason()).isEqualTo(AdminAction.DELETE_ACCOUNT.name());
            assertThat(r.actor()).isEqualTo(ADMIN.name());
            assertThat(r.target()).isEqualTo(alice.id().toString());
            assertThat(r.subject()).isEqualTo(alice.id());
            assertThat(r.username()).as("no personal field").isNull();
            assertThat(r.client().remoteAddress()).isNull();
        });

        assertRefused(() -> connector.delete(ADMIN, alice.id()), AccountRefusal.Kind.NOT_FOUND);
        assertThat(fixture.auditLog.records()).as("a refused deletion is not audited").hasSize(1);
    }

    @Test
    void actionsOnAnUnknownAccountAreRefusedAndNotAudited() {
        SubjectId nobody = SubjectId.random();

        assertRefused(() -> admin.disable(ADMIN, nobody), AccountRefusal.Kind.NOT_FOUND);
        assertRefused(() -> admin.ban(ADMIN, nobody, "x"), AccountRefusal.Kind.NOT_FOUND);
        assertRefused(() -> admin.unlock(ADMIN, nobody), AccountRefusal.Kind.NOT_FOUND);
        assertRefused(() -> fixture.enrollment().reset(ADMIN, nobody), AccountRefusal.Kind.NOT_FOUND);
        assertThat(fixture.auditLog.records()).isEmpty();
    }

    @Test
    void theBootstrapsAccountIsAuditedAsTheBootstrapAndTheStoreIsNoLongerEmpty() {
        assertThat(admin.isEmpty()).isTrue();

        Account first = admin.create(Actor.BOOTSTRAP, new NewAccount(TenantId.DEFAULT, "admin", "bootstrap secret",
                null, NewAccount.EmailStatus.UNVERIFIED, null, null, Set.of("admin"), null, NextLogin.KEEP_PASSWORD));

        assertThat(first.roles()).containsExactly("admin");
        assertThat(admin.isEmpty()).isFalse();
        assertThat(connector.authenticate(login("admin", "bootstrap secret"))).isInstanceOf(Authenticated.class);
        AuditRecord record = fixture.auditLog.records().get(0);
        assertThat(fixture.auditLog.records()).hasSize(1);
        assertThat(record.actor()).isEqualTo("bootstrap");
        assertThat(record.reason()).isEqualTo("BOOTSTRAP_ADMIN");
    }

    /** Exactly one ADMIN_ACTION record, naming the administrator, the account and the action. */
    private void assertAudited(AdminAction action, Account target) {
        assertThat(fixture.auditLog.records()).singleElement().satisfies(r -> {
            assertThat(r.event()).isEqualTo(AuditEvent.ADMIN_ACTION);
            assertThat(r.outcome()).isEqualTo(Outcome.SUCCESS);
            assertThat(r.dialect()).isEqualTo(Dialect.ADMIN);
            assertThat(r.actor()).isEqualTo(ADMIN.name());
            assertThat(r.target()).isEqualTo(target.id().toString());
            assertThat(r.reason()).isEqualTo(action.name());
            assertThat(r.tenant()).isEqualTo(target.tenant());
            assertThat(r.connector()).isEqualTo(ConnectorId.LOCAL);
            assertThat(r.subject()).isEqualTo(target.id());
            assertThat(r.at()).isEqualTo(LocalFixture.NOW);
        });
    }

    private static void assertRefused(ThrowingCallable call, AccountRefusal.Kind kind) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AccountRefusal.class, e -> assertThat(e.kind()).isEqualTo(kind));
    }

    private static NewAccount newAccount(String username, String email) {
        return new NewAccount(LocalFixture.TENANT, username, "initial secret", email,
                NewAccount.EmailStatus.VERIFIED, "Carol", "Jones", Set.of("user"), Map.of("money", "10"), KEEP);
    }

    private static Credentials login(String login, String password) {
        return Credentials.of(LocalFixture.TENANT, login, password);
    }
}
