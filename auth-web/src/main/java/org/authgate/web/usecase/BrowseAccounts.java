package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.authgate.core.account.Account;
import org.authgate.core.account.PasswordStanding;
import org.authgate.core.connector.AccountManagement;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;
import org.authgate.core.lockout.Throttle;
import org.authgate.core.lockout.ThrottleKey;
import org.authgate.core.lockout.ThrottleStore;

/**
 * Reading accounts for administrators (the admin API's list and detail, the console's pages) and what can be done to
 * them: the console shows an action only when the connector has the capability. Each read is one short unit of work.
 * An enabled connector without {@link AccountManagement} lists nothing.
 */
@ApplicationScoped
public class BrowseAccounts {

    /** What the administered connector offers, for the console to show or hide its actions (kept by its views). */
    public record Capabilities(boolean accounts, boolean secondFactor, boolean deletion) implements Serializable {
    }

    /**
     * One account with the failed logins counted against it (typed as its username or its email) in the lockout's
     * current window.
     *
     * @param lockedUntil empty when logins are not locked
     */
    public record Standing(Account account, int failedLogins, Optional<Instant> lockedUntil) {
    }

    @Inject
    UnitOfWork work;

    @Inject
    AccountConnectors connectors;

    @Inject
    ThrottleStore throttles;

    @Inject
    Clock clock;

    public Capabilities capabilities() {
        return new Capabilities(connectors.accounts().isPresent(),
                connectors.secondFactors(AccountConnectors.ADMINISTERED).isPresent(), connectors.deletion().isPresent());
    }

    /**
     * An account as the console lists it.
     *
     * @param password empty when the connector does not tell how its hashes stand
     */
    public record Listed(Account account, Optional<PasswordStanding> password) {
    }

    /** Ordered by username; {@code query} (may be null) filters username and email. */
    public List<Account> list(TenantId tenant, String query, int offset, int limit) {
        return connectors.accounts().map(a -> work.run(() -> a.list(tenant, query, offset, limit))).orElse(List.of());
    }

    /**
     * As {@link #list}, each account with how its password hash stands; with {@code pendingRehashOnly} only the
     * accounts whose hash is an imported one that their next login replaces (an index read in the store).
     */
    public List<Listed> listWithPasswords(TenantId tenant, String query, boolean pendingRehashOnly, int offset,
                                          int limit) {
        return connectors.accounts().map(a -> work.run(() -> (pendingRehashOnly
                        ? a.listPendingRehash(tenant, query, offset, limit) : a.list(tenant, query, offset, limit))
                        .stream().map(account -> new Listed(account, a.passwordStanding(account))).toList()))
                .orElse(List.of());
    }

    public Optional<Account> find(SubjectId id) {
        return connectors.accounts().flatMap(a -> work.run(() -> a.find(id)));
    }

    /** The account and its lockout as they are now, read in one unit of work. */
    public Optional<Standing> standing(SubjectId id) {
        Instant now = clock.instant();
        return connectors.accounts().flatMap(a -> work.run(() -> a.find(id).map(account -> standing(account, now))));
    }

    /**
     * True when logins of {@code subject} at {@code connector} need a second factor now; a connector without the
     * capability keeps none. Reads the account in its own unit of work.
     */
    public boolean hasSecondFactor(ConnectorId connector, SubjectId subject) {
        return connectors.secondFactors(connector).map(f -> work.run(() -> f.hasSecondFactor(subject))).orElse(false);
    }

    /** Must run inside a unit of work (the throttle rows). */
    Standing standing(Account a, Instant now) {
        ConnectorId connector = AccountConnectors.ADMINISTERED;
        Optional<Throttle> byUsername = throttles.find(ThrottleKey.account(a.tenant(), connector, a.username()));
        Optional<Throttle> byEmail = a.email() == null ? Optional.empty()
                : throttles.find(ThrottleKey.account(a.tenant(), connector, a.email()));
        int failures = byUsername.map(Throttle::failures).orElse(0) + byEmail.map(Throttle::failures).orElse(0);
        Optional<Instant> lockedUntil = later(lockedUntil(byUsername, now), lockedUntil(byEmail, now));
        return new Standing(a, failures, lockedUntil);
    }

    private static Optional<Instant> lockedUntil(Optional<Throttle> throttle, Instant now) {
        return throttle.filter(t -> t.isLockedAt(now)).map(Throttle::lockedUntil);
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isPresent() && b.get().isAfter(a.get()) ? b : a;
    }
}
