package org.authgate.core.connector;

import java.util.List;
import java.util.Optional;
import org.authgate.core.account.Account;
import org.authgate.core.account.AccountRefusal;
import org.authgate.core.account.AccountUpdate;
import org.authgate.core.account.NewAccount;
import org.authgate.core.account.PasswordReset;
import org.authgate.core.account.PasswordStanding;
import org.authgate.core.audit.Actor;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;

/**
 * Capability: the connector keeps accounts that administrators may create and change (as Keycloak asks a user
 * storage provider whether it is a {@code UserRegistrationProvider}). A connector without it (a directory authgate
 * only reads) still logs users in; the admin API refuses its accounts' administration and the console hides it.
 *
 * <p>Every change commits with exactly one ADMIN_ACTION audit record naming the {@link Actor}, the account id and
 * the action; it runs inside the caller's transaction. A refused change throws {@link AccountRefusal} before anything
 * changes. Ending the sessions of an account that was disabled, banned or given a new password, and the rule that an
 * administrator does not lock themselves out, are the use case's, not the connector's: they hold for every connector.
 */
public interface AccountManagement {

    /** Accounts ordered by username; {@code query} (may be null) filters username and email. */
    List<Account> list(TenantId tenant, String query, int offset, int limit);

    /**
     * As {@link #list}, only the accounts whose stored password hash is one the connector replaces at the next login
     * (an imported one): the console's "pending rehash" filter. A connector that imports no hash has none.
     */
    default List<Account> listPendingRehash(TenantId tenant, String query, int offset, int limit) {
        return List.of();
    }

    /** How the account's stored hash stands; empty for a connector that does not tell. */
    default Optional<PasswordStanding> passwordStanding(Account account) {
        return Optional.empty();
    }

    Optional<Account> find(SubjectId id);

    /**
     * Every account holding {@code role}, in every tenant (the administrators, whose passwords a production start
     * screens for the development one): few, so not paged.
     */
    List<Account> listHolding(String role);

    /** True when the connector keeps no account at all (the bootstrap administrator is then due). */
    boolean isEmpty();

    /** @throws AccountRefusal DUPLICATE_USERNAME, DUPLICATE_EMAIL, WEAK_PASSWORD, INVALID */
    Account create(Actor actor, NewAccount account);

    /** @throws AccountRefusal NOT_FOUND, DUPLICATE_EMAIL, INVALID */
    Account update(Actor actor, SubjectId id, AccountUpdate changes);

    /** @throws AccountRefusal NOT_FOUND */
    Account disable(Actor actor, SubjectId id);

    /** @throws AccountRefusal NOT_FOUND */
    Account enable(Actor actor, SubjectId id);

    /**
     * @param reason shown to the user by dialects that have a ban reason (Azuriom); may be null
     * @throws AccountRefusal NOT_FOUND, INVALID (a reason too long)
     */
    Account ban(Actor actor, SubjectId id, String reason);

    /** @throws AccountRefusal NOT_FOUND */
    Account unban(Actor actor, SubjectId id);

    /** @throws AccountRefusal NOT_FOUND, WEAK_PASSWORD */
    Account resetPassword(Actor actor, SubjectId id, PasswordReset reset);

    /** The user must choose a new password at their next login. @throws AccountRefusal NOT_FOUND */
    Account requirePasswordChange(Actor actor, SubjectId id);

    /**
     * Forgets the failed logins counted against the account. Failures counted against a source address stay.
     *
     * @throws AccountRefusal NOT_FOUND
     */
    Account unlock(Actor actor, SubjectId id);
}
