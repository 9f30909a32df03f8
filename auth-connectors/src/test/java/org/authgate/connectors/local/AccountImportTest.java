package org.authgate.connectors.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.authgate.core.account.Account;
import org.authgate.core.account.ImportedAccount;
import org.authgate.core.audit.Actor;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditRecord;
import org.authgate.core.connector.AccountImport.Outcome;
import org.authgate.core.connector.AuthenticationResult.Authenticated;
import org.authgate.core.connector.Credentials;
import org.authgate.core.identity.SubjectId;
import org.junit.jupiter.api.Test;

class AccountImportTest {
    private static final Actor ADMIN = Actor.administrator(SubjectId.random(), "root");

    private final LocalFixture fixture = new LocalFixture();
    private final LocalConnector connector = fixture.connector();

    @Test
    void importsAnAccountWithItsForeignHashAuditedAndItLogsIn() {
        String hash = MigrationFixtures.azuriomHashes().get("eve");

        Outcome outcome = connector.importAccount(ADMIN, imported("eve", "eve@azuriom.example", hash));

        assertThat(outcome).isEqualTo(Outcome.imported());
        Account eve = fixture.store.findByLogin(LocalFixture.TENANT, "eve").orElseThrow();
        assertThat(eve.passwordHash()).isEqualTo(hash);
        assertThat(eve.roles()).containsExactly("member");
        assertThat(eve.emailVerified()).isFalse();
        AuditRecord record = fixture.auditLog.single(AuditEvent.ADMIN_ACTION);
        assertThat(record.reason()).isEqualTo("IMPORT_ACCOUNT");
        assertThat(record.actor()).isEqualTo("root");
        assertThat(record.toString()).doesNotContain(hash);
        assertThat(connector.authenticate(Credentials.of(LocalFixture.TENANT, "eve@azuriom.example",
                "Eve-Online-2003!"))).isInstanceOf(Authenticated.class);
    }

    @Test
    void anExistingUsernameIsSkippedAndLeftAsItIsWhateverTheHash() {
        String hash = MigrationFixtures.keycloakHashes().get("dee");
        connector.importAccount(ADMIN, imported("dee", "dee@acme.example", hash));
        fixture.auditLog.clear();

        assertThat(connector.importAccount(ADMIN, imported("dee", "dee@acme.example", hash)))
                .isEqualTo(Outcome.skipped());
        assertThat(connector.importAccount(ADMIN, imported("DEE", null, MigrationFixtures.azuriomHashes().get("eve"))))
                .isEqualTo(Outcome.skipped());
        assertThat(fixture.store.findByLogin(LocalFixture.TENANT, "dee").orElseThrow().passwordHash()).isEqualTo(hash);
        assertThat(fixture.auditLog.records()).isEmpty();
    }

    @Test
    void refusesWithAReasonInsteadOfThrowing() {
        String hash = MigrationFixtures.azuriomHashes().get("gus");
        fixture.account("taken");

        assertThat(connector.importAccount(ADMIN, imported("md5", null, "5f4dcc3b5aa765d61d8327deb882cf99")).reason())
                .contains("passwordHash");
        assertThat(connector.importAccount(ADMIN, imported("nohash", null, null)).reason())
                .isEqualTo("passwordHash is missing");
        assertThat(connector.importAccount(ADMIN, imported("slow", null, "$2y$31$" + hash.substring(7))).reason())
                .contains("cost").doesNotContain(hash.substring(7));
        assertThat(connector.importAccount(ADMIN, imported("gus", "taken@example.com", hash)).kind())
                .isEqualTo(Outcome.Kind.REFUSED);
        assertThat(connector.importAccount(ADMIN, imported("taken@example.com", null, hash)).reason())
                .isEqualTo("the username is the email of another account");
        assertThat(connector.importAccount(ADMIN, imported("bad name", null, hash)).kind())
                .isEqualTo(Outcome.Kind.REFUSED);
        assertThat(fixture.store.count()).isEqualTo(1);
        assertThat(fixture.auditLog.records()).isEmpty();
    }

    /**
     * A batch answers, row for row, what importing its rows one after the other answers, and leaves the same
     * accounts and audit records: with one read for the whole batch, a later row must still see the earlier rows'
     * accounts (a duplicate username in another case, an email an earlier row took, a username that is an earlier
     * row's email).
     */
    @Test
    void aBatchAnswersWhatOneRowAfterTheOtherAnswers() {
        String hash = MigrationFixtures.azuriomHashes().get("gus");
        List<ImportedAccount> rows = List.of(
                imported("ann", "ann@example.com", hash),
                imported("ANN", null, hash),
                imported("bob", "ann@example.com", hash),
                imported("ann@example.com", null, hash),
                imported("taken", null, hash),
                imported("cid", "taken@example.com", hash),
                imported("bad name", null, hash),
                imported("dora", "dora@example.com", hash),
                imported("md5", null, "5f4dcc3b5aa765d61d8327deb882cf99"),
                imported("dora@example.com", null, hash));
        LocalFixture alone = new LocalFixture();
        alone.account("taken");
        fixture.account("taken");

        List<Outcome> oneByOne = rows.stream().map(row -> alone.connector().importAccount(ADMIN, row)).toList();
        List<Outcome> batch = connector.importAccounts(ADMIN, rows);

        assertThat(batch).isEqualTo(oneByOne);
        assertThat(batch).extracting(Outcome::kind).containsExactly(Outcome.Kind.IMPORTED, Outcome.Kind.SKIPPED,
                Outcome.Kind.REFUSED, Outcome.Kind.REFUSED, Outcome.Kind.SKIPPED, Outcome.Kind.REFUSED,
                Outcome.Kind.REFUSED, Outcome.Kind.IMPORTED, Outcome.Kind.REFUSED, Outcome.Kind.REFUSED);
        assertThat(fixture.store.count()).isEqualTo(alone.store.count()).isEqualTo(3);
        assertThat(fixture.auditLog.records()).hasSize(2).hasSameSizeAs(alone.auditLog.records());
    }

    private static ImportedAccount imported(String username, String email, String hash) {
        return new ImportedAccount(LocalFixture.TENANT, username, email, hash, Set.of("member"));
    }
}
