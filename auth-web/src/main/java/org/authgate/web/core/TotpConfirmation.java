package org.authgate.web.core;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.authgate.connectors.local.TotpEnrollment;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.EndReason;
import org.authgate.core.session.SessionEnding;
import org.authgate.core.session.SessionId;

/**
 * Confirms a TOTP enrolment and, in the same transaction, ends the account's other sessions: they were opened with
 * the password alone, and {@link AdminSecondFactor} judges the account as it is now, so a session stolen before the
 * enrolment must not come out of it as an administrator's session with a factor. The enrolling session stays: it
 * proved the code. Shared by the native API and the console's first sign-in.
 */
@ApplicationScoped
public class TotpConfirmation {

    @Inject
    Gateway gateway;

    @Inject
    TotpEnrollment enrollment;

    @Inject
    SessionEnding sessions;

    /** @return false for a wrong or spent code (nothing changes) */
    public boolean confirm(SubjectId subject, SessionId enrolling, String code, Dialect dialect, ClientInfo client) {
        return gateway.run(() -> {
            boolean enrolled = enrollment.confirm(subject, code, dialect, client);
            if (enrolled) {
                sessions.endAllOf(subject, enrolling, EndReason.LOGOUT_ALL, client, dialect, null);
            }
            return enrolled;
        });
    }
}
