package org.authgate.connectors.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.authgate.core.account.Account;
import org.authgate.core.account.PasswordStanding;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditRecord;
import org.authgate.core.connector.AuthenticationResult.Authenticated;
import org.authgate.core.connector.AuthenticationResult.Rejected;
import org.authgate.core.connector.Credentials;
import org.authgate.core.connector.RejectionReason;
import org.authgate.core.identity.TenantId;
import org.junit.jupiter.api.Test;

/**
 * Accounts imported with the real hashes of Keycloak 26.7.3 and PHP 8.2 log in with their password, and the first
 * such login replaces the foreign hash by the configured Argon2id, audited; a wrong password changes nothing.
 */
class LazyMigrationTest {
    private final LocalFixture fixture = new LocalFixture();
    private final LocalConnector connector = fixture.connector();

    @Test
    void anImportedHashIsListedAsPendingUntilTheFirstLoginRehashesIt() {
        String dee = MigrationFixtures.keycloakHashes().get("dee");
        Account imported = fixture.account("dee", b -> b.passwordHash(dee));
        fixture.account("zoe", b -> b);
        TenantId tenant = imported.tenant();

        assertThat(connector.listPendingRehash(tenant, null, 0, 50)).extracting(Account::username)
                .containsExactly("dee");
        assertThat(connector.passwordStanding(imported))
                .contains(new PasswordStanding("pbkdf2-sha1", true, true));

        connector.authenticate(login("dee", MigrationFixtures.PASSWORDS.get("dee")));

        assertThat(connector.listPendingRehash(tenant, null, 0, 50)).isEmpty();
        assertThat(connector.passwordStanding(fixture.store.get(imported.id())))
                .contains(new PasswordStanding("argon2id", false, false));
    }

    @Test
    void theFirstLoginOfEveryImportedUserRehashesToTheConfiguredArgon2idAndAuditsIt() {
        Map<String, String> imported = allFixtureHashes();
        imported.forEach((user, hash) -> {
            Account account = fixture.account(user, b -> b.passwordHash(hash));
            String password = MigrationFixtures.PASSWORDS.get(user);

            assertThat(connector.authenticate(login(user, password))).as(user).isInstanceOf(Authenticated.class);

            String stored = fixture.store.get(account.id()).passwordHash();
            assertThat(stored).as(user).startsWith("$argon2id$v=19$m=256,t=1,p=1$").isNotEqualTo(hash);
            assertThat(fixture.hasher.needsRehash(stored)).isFalse();
            AuditRecord record = fixture.auditLog.last();
            assertThat(record.event()).isEqualTo(AuditEvent.PASSWORD_REHASHED);
            assertThat(record.subject()).isEqualTo(account.id());
            assertThat(record.reason()).isEqualTo(HashFormat.of(hash).orElseThrow().name());
            assertThat(record.toString()).doesNotContain(hash);
            // A second login uses the new hash, and rehashes nothing.
            int records = fixture.auditLog.size();
            assertThat(connector.authenticate(login(user, password))).as(user).isInstanceOf(Authenticated.class);
            assertThat(fixture.store.get(account.id()).passwordHash()).isEqualTo(stored);
            assertThat(fixture.auditLog.size()).isEqualTo(records);
        });
        // ada's Keycloak hash is Argon2id already, but of other parameters than this fixture's cheap ones.
        assertThat(fixture.auditLog.of(AuditEvent.PASSWORD_REHASHED)).hasSize(imported.size());
    }

    @Test
    void aWrongPasswordAgainstAForeignHashIsRefusedAndKeepsIt() {
        allFixtureHashes().forEach((user, hash) -> {
            Account account = fixture.account(user, b -> b.passwordHash(hash));

            Object result = connector.authenticate(login(user, MigrationFixtures.PASSWORDS.get(user) + "!"));

            assertThat(result).as(user).isInstanceOf(Rejected.class);
            assertThat(((Rejected) result).reason()).isEqualTo(RejectionReason.BAD_CREDENTIALS);
            assertThat(fixture.store.get(account.id()).passwordHash()).isEqualTo(hash);
        });
        assertThat(fixture.auditLog.records()).isEmpty();
    }

    @Test
    void anUnknownUserStillCostsOneArgon2idDerivationWhateverTheImportedFormats() {
        allFixtureHashes().forEach((user, hash) -> fixture.account(user, b -> b.passwordHash(hash)));

        Object result = connector.authenticate(login("nobody", "Eve-Online-2003!"));

        assertThat(((Rejected) result).reason()).isEqualTo(RejectionReason.UNKNOWN_USER);
        assertThat(fixture.hasher.derivations).hasSize(1);
        assertThat(fixture.hasher.derivations.get(0)).isEqualTo(LocalFixture.CHEAP);
    }

    private static Map<String, String> allFixtureHashes() {
        Map<String, String> all = new LinkedHashMap<>(MigrationFixtures.keycloakHashes());
        all.putAll(MigrationFixtures.azuriomHashes());
        return all;
    }

    private static Credentials login(String login, String password) {
        return Credentials.of(LocalFixture.TENANT, login, password);
    }
}
