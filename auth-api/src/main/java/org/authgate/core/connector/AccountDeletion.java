package org.authgate.core.connector;

import org.authgate.core.account.AccountRefusal;
import org.authgate.core.audit.Actor;
import org.authgate.core.identity.SubjectId;

/**
 * Capability: the connector can delete the accounts it keeps (asked with {@code instanceof}, like
 * {@link AccountManagement}; the admin API refuses a deletion for a connector without it and the console hides the
 * action). A directory authgate only reads has no such thing to offer.
 *
 * <p>Runs inside the caller's transaction. The account, its credentials, second factor and the failure counters of
 * its logins go; exactly one ADMIN_ACTION record (reason {@code DELETE_ACCOUNT}) names the actor and the account's id,
 * but none of its personal fields. Ending the account's sessions, anonymising its audit records and the rule that an
 * administrator does not delete their own account are the use case's: they hold for every connector.
 */
public interface AccountDeletion {

    /** @throws AccountRefusal NOT_FOUND, also when another deletion of the account committed first */
    void delete(Actor actor, SubjectId id);
}
