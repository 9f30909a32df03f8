package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.EndReason;
import org.authgate.core.session.SessionId;
import org.authgate.core.session.SessionEnding;

/**
 * An administrator ends sessions, through the admin API or the console: one session, or every live one of a user.
 * Each ended session gets its SESSION_REVOKED record naming the administrator, in the same unit of work.
 */
@ApplicationScoped
public class AdministerSessions {

    @Inject
    UnitOfWork work;

    @Inject
    SessionEnding sessions;

    /** @return false when the session was not live any more */
    public boolean revoke(SessionId id, String actor, ClientInfo client) {
        return work.run(() -> sessions.revoke(id, actor, client, Dialect.ADMIN));
    }

    /** @return how many live sessions ended */
    public int endAllOf(SubjectId subject, String actor, ClientInfo client) {
        return work.run(() -> sessions.endAllOf(subject, null, EndReason.ADMIN_REVOKE, client, Dialect.ADMIN, actor));
    }
}
