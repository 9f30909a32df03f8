package org.authgate.web.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.authgate.core.account.ImportedAccount;
import org.authgate.core.audit.Actor;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditRecord;
import org.authgate.core.audit.AuditTrail;
import org.authgate.core.connector.AccountImport;
import org.authgate.core.connector.AuthenticationResult;
import org.authgate.core.connector.Connector;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.connector.Credentials;
import org.authgate.core.connector.LoginForm;
import org.authgate.core.identity.TenantId;
import org.junit.jupiter.api.Test;

/** Batches, the one-by-one retry of a batch that did not commit, the report and the import's own audit record. */
class ImportAccountsTest {
    private static final Actor ADMIN = Actor.administrator("root");

    private final List<AuditRecord> log = new ArrayList<>();
    private final Importing connector = new Importing();
    private final List<Integer> units = new ArrayList<>();
    private final ImportAccounts imports = new ImportAccounts();

    {
        imports.batchSize = 3;
        imports.audit = new AuditTrail(log::add, java.time.Clock.systemUTC());
        imports.connectors = FakeAccountConnector.enabled(connector).connectors;
        UnitOfWork work = new UnitOfWork();
        work.tx = new Transactions() {
            @Override
            public <T> T inNewTransaction(java.util.function.Supplier<T> w) {
                int before = connector.stored.size();
                Set<String> snapshot = new HashSet<>(connector.stored);
                try {
                    T result = w.get();
                    if (connector.failCommit) {
                        connector.failCommit = false;
                        throw new IllegalStateException("constraint violated at commit");
                    }
                    units.add(connector.stored.size() - before);
                    return result;
                } catch (RuntimeException e) {
                    connector.stored.retainAll(snapshot);
                    throw e;
                }
            }
        };
        imports.work = work;
    }

    @Test
    void commitsInBatchesAndReportsImportedSkippedAndFailedRows() {
        connector.stored.add("u1");
        List<ImportRow> rows = new ArrayList<>(IntStream.range(0, 7).mapToObj(i -> row(i, "u" + i)).toList());
        rows.set(4, ImportRow.failed(4, "the user has no password credential"));

        ImportReport report = imports.run(ADMIN, "accounts", rows.iterator());

        assertThat(report.imported()).isEqualTo(5);
        assertThat(report.skipped()).isEqualTo(1);
        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.failures()).containsExactly(new ImportReport.Failure(4, "the user has no password credential"));
        assertThat(units).containsExactly(2, 2, 1, 0);
        assertThat(log).singleElement().matches(r -> r.event() == AuditEvent.ADMIN_ACTION)
                .extracting(AuditRecord::reason).isEqualTo("IMPORT format=accounts imported=5 skipped=1 failed=1");
    }

    @Test
    void progressIsToldTheCountsAfterEachBatch() {
        connector.stored.add("u1");
        List<Integer> done = new ArrayList<>();

        ImportReport report = imports.run(ADMIN, "accounts",
                IntStream.range(0, 7).mapToObj(i -> row(i, "u" + i)).iterator(),
                soFar -> done.add(soFar.imported() + soFar.skipped() + soFar.failed()));

        assertThat(done).containsExactly(3, 6, 7);
        assertThat(report.skipped()).isEqualTo(1);
    }

    @Test
    void aBatchThatDoesNotCommitIsImportedAgainRowByRow() {
        connector.failCommit = true;

        ImportReport report = imports.run(ADMIN, "keycloak",
                IntStream.range(0, 3).mapToObj(i -> row(i, "u" + i)).iterator());

        assertThat(report.imported()).isEqualTo(3);
        assertThat(connector.stored).containsExactlyInAnyOrder("u0", "u1", "u2");
        assertThat(units).containsExactly(1, 1, 1, 0);
    }

    private static ImportRow row(int index, String username) {
        return ImportRow.of(index, new ImportedAccount(TenantId.DEFAULT, username, null, "$2y$10$x", Set.of()));
    }

    /** A connector that imports a username once and skips it after. */
    private static final class Importing implements Connector, AccountImport {
        final Set<String> stored = new HashSet<>();
        boolean failCommit;

        @Override
        public Outcome importAccount(Actor actor, ImportedAccount account) {
            return stored.add(account.username()) ? Outcome.imported() : Outcome.skipped();
        }

        @Override
        public ConnectorId id() {
            return ConnectorId.LOCAL;
        }

        @Override
        public LoginForm loginForm() {
            return LoginForm.passwordWithOptionalCode();
        }

        @Override
        public AuthenticationResult authenticate(Credentials credentials) {
            throw new UnsupportedOperationException();
        }
    }
}
