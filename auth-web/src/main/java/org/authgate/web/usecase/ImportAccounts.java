package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.authgate.core.account.AccountRefusal;
import org.authgate.core.account.ImportedAccount;
import org.authgate.core.audit.Actor;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditTrail;
import org.authgate.core.audit.Outcome;
import org.authgate.core.connector.AccountImport;
import org.authgate.core.connector.Connectors;
import org.authgate.core.session.Dialect;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An administrator imports accounts of another system with their password hashes. The rows come from a reader that
 * parses the request body while this use case consumes them, so only one batch is in memory at a time: each batch of
 * {@code authgate.import.batch-size} rows is one unit of work (accounts and their IMPORT_ACCOUNT records commit
 * together). When a batch fails to commit (a row broke a constraint only the database knows, such as an email taken
 * by a concurrent request), its rows are imported again one unit each, so that one bad row costs only itself. One
 * ADMIN_ACTION record with reason {@code IMPORT} and the counts closes the import.
 *
 * <p>Idempotent: an account that exists is skipped (the connector never changes it), so re-importing a file, also
 * one whose users have logged in since and had their hashes replaced, imports nothing. Rows committed before a
 * failure stay: importing the file again completes it.
 */
@ApplicationScoped
public class ImportAccounts {
    private static final Logger LOG = Logger.getLogger(ImportAccounts.class.getName());

    @Inject
    UnitOfWork work;

    @Inject
    Connectors connectors;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "authgate.import.batch-size")
    int batchSize;

    /** Told the counts so far after each batch has committed, on the importing thread (the console shows them). */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = soFar -> { };

        void batchDone(ImportReport soFar);
    }

    /**
     * @param format what the rows were read from, for the audit record ({@code keycloak}, {@code accounts})
     * @throws AccountRefusal NOT_SUPPORTED when the administered connector cannot import accounts
     */
    public ImportReport run(Actor actor, String format, Iterator<ImportRow> rows) {
        return run(actor, format, rows, Progress.NONE);
    }

    /** As {@link #run(Actor, String, Iterator)}, telling {@code progress} after each batch. */
    public ImportReport run(Actor actor, String format, Iterator<ImportRow> rows, Progress progress) {
        AccountImport target = connectors.find(AccountConnectors.ADMINISTERED)
                .filter(AccountImport.class::isInstance).map(AccountImport.class::cast)
                .orElseThrow(() -> new AccountRefusal(AccountRefusal.Kind.NOT_SUPPORTED,
                        "the " + AccountConnectors.ADMINISTERED.value() + " connector cannot import accounts"));
        ImportReport.Tally tally = new ImportReport.Tally();
        List<ImportRow> batch = new ArrayList<>(batchSize);
        while (rows.hasNext()) {
            batch.add(rows.next());
            if (batch.size() >= batchSize) {
                commit(actor, target, batch, tally);
                batch.clear();
                progress.batchDone(tally.report());
            }
        }
        commit(actor, target, batch, tally);
        progress.batchDone(tally.report());
        ImportReport report = tally.report();
        work.run(() -> {
            audit.of(AuditEvent.ADMIN_ACTION, Outcome.SUCCESS, Dialect.ADMIN).actor(actor.name())
                    .reason("IMPORT format=" + format + " imported=" + report.imported() + " skipped="
                            + report.skipped() + " failed=" + report.failed())
                    .write();
            return null;
        });
        return report;
    }

    private void commit(Actor actor, AccountImport target, List<ImportRow> batch, ImportReport.Tally tally) {
        if (batch.isEmpty()) {
            return;
        }
        List<AccountImport.Outcome> outcomes;
        try {
            outcomes = work.run(() -> importBatch(actor, target, batch));
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "an import batch did not commit; importing its rows one by one", e);
            outcomes = batch.stream().map(row -> alone(actor, target, row)).toList();
        }
        for (int i = 0; i < batch.size(); i++) {
            ImportRow row = batch.get(i);
            AccountImport.Outcome outcome = outcomes.get(i);
            switch (outcome.kind()) {
                case IMPORTED -> tally.imported();
                case SKIPPED -> tally.skipped();
                case REFUSED -> tally.failed(row.index(), outcome.reason());
            }
        }
    }

    private AccountImport.Outcome alone(Actor actor, AccountImport target, ImportRow row) {
        try {
            return work.run(() -> importBatch(actor, target, List.of(row)).get(0));
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "import row " + row.index() + " could not be stored", e);
            return AccountImport.Outcome.refused("the account could not be stored");
        }
    }

    /** The batch's readable rows in one call to the connector, the unreadable ones refused with their reason. */
    private static List<AccountImport.Outcome> importBatch(Actor actor, AccountImport target, List<ImportRow> rows) {
        List<ImportedAccount> readable = new ArrayList<>(rows.size());
        for (ImportRow row : rows) {
            if (row.account() != null) {
                readable.add(row.account());
            }
        }
        Iterator<AccountImport.Outcome> imported = target.importAccounts(actor, readable).iterator();
        List<AccountImport.Outcome> outcomes = new ArrayList<>(rows.size());
        for (ImportRow row : rows) {
            outcomes.add(row.account() == null ? AccountImport.Outcome.refused(row.failure()) : imported.next());
        }
        return outcomes;
    }
}
