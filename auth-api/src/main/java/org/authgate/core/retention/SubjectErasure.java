package org.authgate.core.retention;

import java.util.Collection;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;

/**
 * Port: what a deleted account leaves behind outside its connector. Joins the caller's transaction (the deletion's).
 */
public interface SubjectErasure {

    /**
     * Deletes the subject's session rows, ended or not, with their refresh tokens: a session row holds the login name,
     * address, user agent and device of its user.
     *
     * @return how many sessions went
     */
    int forgetSessions(SubjectId subject);

    /**
     * Keeps the audit records about the subject, which are the evidence of what happened, but clears their personal
     * fields: the username, the client's address and user agent. The records that name the subject keep its id (an
     * opaque random UUID, meaningless once the account is gone); the records without a subject that name one of
     * {@code logins} as the attempted username (failed logins, lockouts) in the tenant lose that name too.
     *
     * @param logins the account's username and email, compared case-insensitively
     * @return how many records changed
     */
    int anonymiseAudit(SubjectId subject, TenantId tenant, Collection<String> logins);
}
