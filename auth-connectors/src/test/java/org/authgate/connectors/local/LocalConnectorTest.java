package org.authgate.connectors.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.authgate.core.account.Account;
import org.authgate.core.audit.Actor;
import org.authgate.core.connector.AccountManagement;
import org.authgate.core.connector.AuthenticationResult;
import org.authgate.core.connector.AuthenticationResult.Authenticated;
import org.authgate.core.connector.AuthenticationResult.Rejected;
import org.authgate.core.connector.AuthenticationResult.SecondFactorRequired;
import org.authgate.core.connector.Connector;
import org.authgate.core.connector.ConnectorHealth;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.connector.Credentials;
import org.authgate.core.connector.PasswordChanger;
import org.authgate.core.connector.RejectionReason;
import org.authgate.core.connector.SecondFactorManagement;
import org.authgate.core.identity.Identity;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;
import org.junit.jupiter.api.Test;

class LocalConnectorTest {
    private final LocalFixture fixture = new LocalFixture();
    private final LocalConnector connector = fixture.connector();

    @Test
    void describesItselfAsTheLocalConnectorWithAPasswordForm() {
        assertThat(connector.id()).isEqualTo(ConnectorId.LOCAL);
        assertThat(connector.loginForm().fields()).extracting(f -> f.name()).containsExactly("login", "password", "code");
    }

    @Test
    void rightPasswordAuthenticatesWithTheAccountsIdentity() {
        Account alice = fixture.account("alice");

        AuthenticationResult result = connector.authenticate(login("alice", LocalFixture.PASSWORD));

        assertThat(result).isInstanceOf(Authenticated.class);
        Identity identity = ((Authenticated) result).identity();
        assertThat(identity.subject()).isEqualTo(alice.id());
        assertThat(identity.tenant()).isEqualTo(LocalFixture.TENANT);
        assertThat(identity.connector()).isEqualTo(ConnectorId.LOCAL);
        assertThat(identity.username()).isEqualTo("alice");
        assertThat(identity.email()).isEqualTo("alice@example.com");
        assertThat(identity.emailVerified()).isTrue();
        assertThat(identity.firstName()).isEqualTo("Alice");
        assertThat(identity.lastName()).isEqualTo("Liddell");
        assertThat(identity.roles()).containsExactly("user");
        assertThat(identity.banned()).isFalse();
        assertThat(identity.banReason()).isNull();
        assertThat(identity.createdAt()).isEqualTo(alice.createdAt());
        assertThat(identity.attribute("money")).contains("42.50");
    }

    @Test
    void logsInByEmailOrByUsernameInAnyCase() {
        fixture.account("alice");

        assertThat(connector.authenticate(login("ALICE@example.COM", LocalFixture.PASSWORD)))
                .isInstanceOf(Authenticated.class);
        assertThat(connector.authenticate(login(" Alice ", LocalFixture.PASSWORD))).isInstanceOf(Authenticated.class);
    }

    @Test
    void anotherTenantsAccountIsUnknown() {
        fixture.account("alice");

        AuthenticationResult result = connector.authenticate(
                Credentials.of(new TenantId("other"), "alice", LocalFixture.PASSWORD));

        assertThat(result).isEqualTo(Rejected.because(RejectionReason.UNKNOWN_USER));
    }

    @Test
    void wrongPasswordIsRejectedWithoutAnIdentity() {
        fixture.account("alice");

        AuthenticationResult result = connector.authenticate(login("alice", "wrong password"));

        assertThat(result).isEqualTo(Rejected.because(RejectionReason.BAD_CREDENTIALS));
    }

    @Test
    void unknownUserCostsTheSameArgon2WorkAsAWrongPassword() {
        fixture.account("alice");

        AuthenticationResult unknown = connector.authenticate(login("nobody", "some password"));
        List<Argon2Params> unknownWork = List.copyOf(fixture.hasher.derivations);
        fixture.hasher.derivations.clear();
        connector.authenticate(login("alice", "some password"));

        assertThat(unknown).isEqualTo(Rejected.because(RejectionReason.UNKNOWN_USER));
        assertThat(unknownWork).containsExactly(LocalFixture.CHEAP).isEqualTo(fixture.hasher.derivations);
    }

    @Test
    void anEmptyLoginIsAnUnknownUserAndStillCostsAHash() {
        AuthenticationResult result = connector.authenticate(login("  ", "x"));

        assertThat(result).isEqualTo(Rejected.because(RejectionReason.UNKNOWN_USER));
        assertThat(fixture.hasher.derivations).hasSize(1);
    }

    @Test
    void bannedAccountWithTheRightPasswordIsRejectedWithItsBanReason() {
        fixture.account("alice", b -> b.banned(true).banReason("cheating"));

        AuthenticationResult result = connector.authenticate(login("alice", LocalFixture.PASSWORD));

        assertThat(result).isInstanceOf(Rejected.class);
        Rejected rejected = (Rejected) result;
        assertThat(rejected.reason()).isEqualTo(RejectionReason.BANNED);
        assertThat(rejected.identity()).hasValueSatisfying(i -> {
            assertThat(i.banned()).isTrue();
            assertThat(i.banReason()).isEqualTo("cheating");
        });
    }

    @Test
    void bannedOrDisabledAccountWithAWrongPasswordLooksLikeAnyWrongPassword() {
        fixture.account("alice", b -> b.banned(true).banReason("cheating"));
        fixture.account("bob", b -> b.disabled(true));

        assertThat(connector.authenticate(login("alice", "guess")))
                .isEqualTo(Rejected.because(RejectionReason.BAD_CREDENTIALS));
        assertThat(connector.authenticate(login("bob", "guess")))
                .isEqualTo(Rejected.because(RejectionReason.BAD_CREDENTIALS));
    }

    @Test
    void disabledAccountWithTheRightPasswordIsRejectedAsDisabled() {
        Account bob = fixture.account("bob", b -> b.disabled(true));

        AuthenticationResult result = connector.authenticate(login("bob", LocalFixture.PASSWORD));

        assertThat(result).isInstanceOf(Rejected.class);
        assertThat(((Rejected) result).reason()).isEqualTo(RejectionReason.DISABLED);
        assertThat(((Rejected) result).identity()).map(Identity::subject).contains(bob.id());
    }

    @Test
    void expiredPasswordWithoutANewOneIsRejectedAsExpired() {
        fixture.account("alice", b -> b.mustChangePassword(true));

        AuthenticationResult result = connector.authenticate(login("alice", LocalFixture.PASSWORD));

        assertThat(result).isInstanceOf(Rejected.class);
        assertThat(((Rejected) result).reason()).isEqualTo(RejectionReason.PASSWORD_EXPIRED);
        assertThat(((Rejected) result).identity()).isPresent();
    }

    @Test
    void expiredPasswordIsReplacedDuringLoginByAnAcceptableNewOne() {
        Account alice = fixture.account("alice", b -> b.mustChangePassword(true));

        AuthenticationResult result = connector.authenticate(withNewPassword("alice", "a brand new secret"));

        assertThat(result).isInstanceOf(Authenticated.class);
        Account stored = fixture.store.get(alice.id());
        assertThat(stored.mustChangePassword()).isFalse();
        assertThat(stored.updatedAt()).isEqualTo(LocalFixture.NOW);
        assertThat(connector.authenticate(login("alice", "a brand new secret"))).isInstanceOf(Authenticated.class);
        assertThat(connector.authenticate(login("alice", LocalFixture.PASSWORD)))
                .isEqualTo(Rejected.because(RejectionReason.BAD_CREDENTIALS));
    }

    @Test
    void expiredPasswordIsNotReplacedByAWeakCommonOrUnchangedOne() {
        Account alice = fixture.account("alice", b -> b.mustChangePassword(true));

        for (String weak : new String[] {"short", LocalFixture.PASSWORD, "x".repeat(1025), "Michael1"}) {
            AuthenticationResult result = connector.authenticate(withNewPassword("alice", weak));
            assertThat(((Rejected) result).reason()).isEqualTo(RejectionReason.PASSWORD_EXPIRED);
        }
        assertThat(fixture.store.get(alice.id()).mustChangePassword()).isTrue();
        assertThat(fixture.store.updates).isZero();
    }

    @Test
    void expiredPasswordOfATotpAccountIsReplacedOnlyWithAValidCodeInTheSameRequest() {
        Account alice = fixture.totpAccount("alice");
        fixture.store.update(alice.toBuilder().mustChangePassword(true).build());
        Credentials change = withNewPassword("alice", "a brand new secret");

        AuthenticationResult noCode = connector.authenticate(change);
        AuthenticationResult wrongCode = connector.authenticate(change.withSecondFactorCode(fixture.wrongCode(alice)));
        assertThat(((Rejected) noCode).reason()).isEqualTo(RejectionReason.PASSWORD_EXPIRED);
        assertThat(((Rejected) wrongCode).reason()).isEqualTo(RejectionReason.INVALID_SECOND_FACTOR);
        assertThat(fixture.store.get(alice.id()).mustChangePassword()).isTrue();

        String code = fixture.codeNow(alice);
        AuthenticationResult withCode = connector.authenticate(change.withSecondFactorCode(code));

        assertThat(withCode).isInstanceOf(SecondFactorRequired.class);
        assertThat(fixture.store.get(alice.id()).mustChangePassword()).isFalse();
        assertThat(connector.verifySecondFactor(alice.id(), code)).as("the core then verifies the same code").isTrue();
    }

    @Test
    void totpAccountAnswersSecondFactorRequiredAfterTheRightPassword() {
        Account alice = fixture.totpAccount("alice");

        AuthenticationResult result = connector.authenticate(login("alice", LocalFixture.PASSWORD));

        assertThat(result).isInstanceOf(SecondFactorRequired.class);
        assertThat(((SecondFactorRequired) result).identity().subject()).isEqualTo(alice.id());
    }

    @Test
    void rehashesOnLoginWhenTheConfiguredParametersChanged() {
        PasswordHasher older = new PasswordHasher(new Argon2Params(128, 1, 1));
        Account alice = fixture.account("alice", b -> b.passwordHash(older.hash(LocalFixture.PASSWORD)));

        assertThat(connector.authenticate(login("alice", LocalFixture.PASSWORD))).isInstanceOf(Authenticated.class);

        String rehashed = fixture.store.get(alice.id()).passwordHash();
        assertThat(rehashed).startsWith("$argon2id$v=19$m=256,t=1,p=1$");
        assertThat(fixture.hasher.needsRehash(rehashed)).isFalse();
        assertThat(connector.authenticate(login("alice", LocalFixture.PASSWORD))).isInstanceOf(Authenticated.class);
        assertThat(fixture.store.updates).isEqualTo(1);
    }

    @Test
    void doesNotRehashAfterAWrongPassword() {
        PasswordHasher older = new PasswordHasher(new Argon2Params(128, 1, 1));
        fixture.account("alice", b -> b.passwordHash(older.hash(LocalFixture.PASSWORD)));

        connector.authenticate(login("alice", "wrong password"));

        assertThat(fixture.store.updates).isZero();
    }

    @Test
    void aRightCodeIsAcceptedOnceAndItsReplayRefused() {
        Account alice = fixture.totpAccount("alice");
        String code = fixture.codeNow(alice);

        assertThat(connector.verifySecondFactor(alice.id(), code)).isTrue();
        assertThat(fixture.store.get(alice.id()).totpLastStep()).isEqualTo(Totp.stepAt(LocalFixture.NOW));
        assertThat(connector.verifySecondFactor(alice.id(), code)).isFalse();

        fixture.clock.advance(Duration.ofSeconds(30));
        assertThat(connector.verifySecondFactor(alice.id(), code)).as("still in the window, but spent").isFalse();
        assertThat(connector.verifySecondFactor(alice.id(), fixture.codeNow(alice))).isTrue();
    }

    @Test
    void aCodeOlderThanTheLastAcceptedOneIsRefused() {
        Account alice = fixture.totpAccount("alice");
        String previous = fixture.codeAt(alice, LocalFixture.NOW.minusSeconds(30));

        assertThat(connector.verifySecondFactor(alice.id(), fixture.codeNow(alice))).isTrue();
        assertThat(connector.verifySecondFactor(alice.id(), previous)).isFalse();
    }

    @Test
    void aWrongCodeOrAnAccountWithoutTotpIsRefused() {
        Account alice = fixture.totpAccount("alice");
        Account bob = fixture.account("bob");
        String right = fixture.codeNow(alice);

        assertThat(connector.verifySecondFactor(alice.id(), fixture.wrongCode(alice))).isFalse();
        assertThat(connector.verifySecondFactor(bob.id(), right)).isFalse();
        assertThat(connector.verifySecondFactor(SubjectId.random(), right)).isFalse();
        assertThat(fixture.store.updates).isZero();
    }

    @Test
    void aPendingEnrolmentIsNotASecondFactorYet() {
        Account alice = fixture.account("alice", b -> b.totpSecret(fixture.totp.newSecret()));

        assertThat(connector.authenticate(login("alice", LocalFixture.PASSWORD))).isInstanceOf(Authenticated.class);
        assertThat(connector.verifySecondFactor(alice.id(), fixture.codeNow(alice))).isFalse();
    }

    @Test
    void changingThePasswordNeedsTheFormerOneAndClearsMustChange() {
        Account alice = fixture.account("alice", b -> b.mustChangePassword(true));

        assertThat(connector.changePassword(alice.id(), "wrong", "a brand new secret"))
                .isEqualTo(PasswordChanger.Result.WRONG_FORMER_PASSWORD);
        assertThat(connector.changePassword(alice.id(), LocalFixture.PASSWORD, "a brand new secret"))
                .isEqualTo(PasswordChanger.Result.CHANGED);

        Account stored = fixture.store.get(alice.id());
        assertThat(stored.mustChangePassword()).isFalse();
        assertThat(fixture.hasher.verify("a brand new secret", stored.passwordHash())).isTrue();
    }

    @Test
    void aNewPasswordMustFollowThePolicy() {
        Account alice = fixture.account("alice");

        assertThat(connector.changePassword(alice.id(), LocalFixture.PASSWORD, "1234567"))
                .isEqualTo(PasswordChanger.Result.TOO_WEAK);
        assertThat(connector.changePassword(alice.id(), LocalFixture.PASSWORD, "        "))
                .isEqualTo(PasswordChanger.Result.TOO_WEAK);
        assertThat(connector.changePassword(alice.id(), LocalFixture.PASSWORD, "x".repeat(1025)))
                .isEqualTo(PasswordChanger.Result.TOO_WEAK);
        assertThat(connector.changePassword(alice.id(), LocalFixture.PASSWORD, LocalFixture.PASSWORD))
                .isEqualTo(PasswordChanger.Result.TOO_WEAK);
        assertThat(connector.changePassword(alice.id(), LocalFixture.PASSWORD, "Password1"))
                .as("on the list of common passwords").isEqualTo(PasswordChanger.Result.TOO_WEAK);
        assertThat(connector.changePassword(alice.id(), LocalFixture.PASSWORD, "7 quiet herons"))
                .isEqualTo(PasswordChanger.Result.CHANGED);
        assertThat(connector.changePassword(SubjectId.random(), "7 quiet herons", "abcdefgh"))
                .isEqualTo(PasswordChanger.Result.UNKNOWN_USER);
    }

    @Test
    void verifiesTheCurrentPasswordOfAKnownSubjectOnly() {
        Account alice = fixture.account("alice");

        assertThat(connector.verifyPassword(alice.id(), LocalFixture.PASSWORD)).isTrue();
        assertThat(connector.verifyPassword(alice.id(), "not her password")).isFalse();
        assertThat(connector.verifyPassword(SubjectId.random(), LocalFixture.PASSWORD)).isFalse();
    }

    @Test
    void findsTheCurrentIdentityOfASubject() {
        Account alice = fixture.account("alice", b -> b.banned(true).banReason("spam").roles(Set.of("a", "b")));

        Optional<Identity> identity = connector.findIdentity(alice.id());

        assertThat(identity).hasValueSatisfying(i -> {
            assertThat(i.banned()).isTrue();
            assertThat(i.banReason()).isEqualTo("spam");
            assertThat(i.roles()).containsExactlyInAnyOrder("a", "b");
        });
        assertThat(connector.findIdentity(SubjectId.random())).isEmpty();
    }

    @Test
    void aBanReasonIsNotShownOnceTheAccountIsUnbanned() {
        Account alice = fixture.account("alice", b -> b.banned(false).banReason("old").attributes(Map.of()));

        assertThat(LocalConnector.identityOf(alice).banReason()).isNull();
    }

    @Test
    void isHealthyWhileTheAccountStoreAnswersAndSaysSoWithoutTheFailuresMessage() {
        fixture.account("alice");
        fixture.account("bob");

        assertThat(connector.health()).isEqualTo(ConnectorHealth.up("account store answers: 2 accounts"));

        InMemoryAccountStore broken = new InMemoryAccountStore() {
            @Override
            public long count() {
                throw new IllegalStateException("connection to db.internal:5432 as user authgate refused");
            }
        };
        ConnectorHealth down = new LocalConnector(broken, fixture.hasher, fixture.totp, fixture.policy, fixture.clock,
                fixture.administration(), fixture.enrollment(), fixture.trail()).health();
        assertThat(down.up()).isFalse();
        assertThat(down.detail()).isEqualTo("account store failed: IllegalStateException").doesNotContain("db.internal");
    }

    @Test
    void reportsTheSettingsInEffectByKeyDefaultsIncluded() {
        LocalConnector configured = new LocalConnector(fixture.store,
                LocalConnectorConfig.fromMap(Map.of(LocalConnectorConfig.PASSWORD_MIN_LENGTH, "12")), fixture.clock,
                fixture.administration(), fixture.enrollment(), fixture.trail());

        assertThat(configured.configuration()).containsEntry("authgate.local.argon2.memory-kib", "19456")
                .containsEntry("authgate.local.argon2.iterations", "2")
                .containsEntry("authgate.local.password.min-length", "12")
                .containsEntry("authgate.local.totp.issuer", "authgate").hasSize(5);
    }

    private static Credentials login(String login, String password) {
        return Credentials.of(LocalFixture.TENANT, login, password);
    }

    private static Credentials withNewPassword(String login, String newPassword) {
        return new Credentials(LocalFixture.TENANT, login, LocalFixture.PASSWORD, null, newPassword, Map.of());
    }

    /** The use cases find account administration by asking the connector, as they would ask any other. */
    @Test
    void administersItsAccountsAndTheirSecondFactorThroughTheCapabilities() {
        Account alice = fixture.account("alice");
        Connector asked = connector;

        assertThat(asked).isInstanceOf(AccountManagement.class).isInstanceOf(SecondFactorManagement.class);
        AccountManagement accounts = (AccountManagement) asked;
        SecondFactorManagement factors = (SecondFactorManagement) asked;
        accounts.disable(Actor.administrator("root"), alice.id());
        assertThat(connector.authenticate(Credentials.of(LocalFixture.TENANT, "alice", LocalFixture.PASSWORD)))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.reason()).isEqualTo(RejectionReason.DISABLED));
        assertThat(factors.hasSecondFactor(alice.id())).isFalse();
        assertThat(factors.beginTotp(alice.id()).otpauthUri()).startsWith("otpauth://totp/");
        assertThat(factors.hasSecondFactor(alice.id())).as("not before the first code").isFalse();
    }
}
