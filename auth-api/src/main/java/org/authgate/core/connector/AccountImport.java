package org.authgate.core.connector;

import java.util.List;
import org.authgate.core.account.ImportedAccount;
import org.authgate.core.audit.Actor;

/**
 * Capability: the connector keeps accounts and takes them over from another system with their foreign password
 * hashes, which it verifies until each user's first login rehashes them. Asked with {@code instanceof}, like
 * {@link AccountManagement}.
 *
 * <p>Runs inside the caller's transaction, which may hold many accounts (an import commits in batches), so a refused
 * row does not throw (that would roll the whole batch back): it answers {@link Outcome#refused}. An account that
 * exists already (same username in the tenant) is never changed: {@link Outcome#skipped}, which makes re-importing a
 * file change nothing, also after its users logged in and had their hashes replaced. Each imported account commits
 * with one ADMIN_ACTION audit record naming the {@link Actor}.
 */
public interface AccountImport {

    Outcome importAccount(Actor actor, ImportedAccount account);

    /**
     * A batch, in one transaction: for each account the outcome {@link #importAccount} would give importing them in
     * this order. A connector that can look a batch up at once (the local connector) overrides it.
     */
    default List<Outcome> importAccounts(Actor actor, List<ImportedAccount> accounts) {
        return accounts.stream().map(account -> importAccount(actor, account)).toList();
    }

    /** What became of one account: imported, skipped, or refused with a reason for the report. */
    record Outcome(Kind kind, String reason) {
        public enum Kind { IMPORTED, SKIPPED, REFUSED }

        private static final Outcome IMPORTED = new Outcome(Kind.IMPORTED, null);
        private static final Outcome SKIPPED = new Outcome(Kind.SKIPPED, null);

        public static Outcome imported() {
            return IMPORTED;
        }

        public static Outcome skipped() {
            return SKIPPED;
        }

        /** @param reason shown to the administrator; never quotes the hash */
        public static Outcome refused(String reason) {
            return new Outcome(Kind.REFUSED, reason);
        }
    }
}
