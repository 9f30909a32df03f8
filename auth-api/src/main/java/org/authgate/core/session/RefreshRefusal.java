package org.authgate.core.session;

import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditTrail;
import org.authgate.core.audit.Outcome;

/** The REFRESH_FAILED record of a refused refresh: one shape whether SessionRefresh or OfflineGrantService refused. */
final class RefreshRefusal {
    private RefreshRefusal() {
    }

    /** @param session null when the presented token belongs to no session */
    static void audit(AuditTrail audit, Session session, RefreshRequest request, RefreshFailure why) {
        AuditTrail.Entry entry = audit.of(AuditEvent.REFRESH_FAILED, Outcome.FAILURE, request.dialect())
                .client(request.client()).reason(why);
        if (session != null) {
            entry.session(session);
        }
        entry.write();
    }
}
