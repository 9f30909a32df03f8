package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.EndReason;
import org.authgate.core.session.Session;
import org.authgate.core.session.SessionEnding;
import org.authgate.web.metrics.Metrics;
import org.authgate.web.metrics.Operation;
import org.authgate.web.metrics.Outcomes;

/** A client ends its own session, by the access token or by the refresh token, or all of its owner's. */
@ApplicationScoped
public class Logout {

    @Inject
    UnitOfWork work;

    @Inject
    SessionEnding sessions;

    @Inject
    Metrics metrics;

    /** @return whether the token named a session that was live */
    public boolean withAccessToken(String accessToken, ClientInfo client, Dialect dialect) {
        return metrics.timed(Operation.LOGOUT, dialect,
                () -> work.run(() -> sessions.logout(accessToken, client, dialect)), Outcomes::logout);
    }

    /** @return whether the token named a session that was live */
    public boolean withRefreshToken(String refreshToken, ClientInfo client, Dialect dialect) {
        return metrics.timed(Operation.LOGOUT, dialect,
                () -> work.run(() -> sessions.logoutByRefreshToken(refreshToken, client, dialect)), Outcomes::logout);
    }

    /** Every session of the caller's owner, the caller's own included. @return how many were live */
    public int everywhere(Session caller, ClientInfo client, Dialect dialect) {
        return metrics.timed(Operation.LOGOUT, dialect, () -> work.run(() -> sessions.endAllOf(caller.subject(), null,
                EndReason.LOGOUT_ALL, client, dialect, null)), ended -> Outcomes.logout(ended > 0));
    }
}
