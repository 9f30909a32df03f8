package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.authgate.core.session.RefreshOutcome;
import org.authgate.core.session.RefreshRequest;
import org.authgate.core.session.SessionRefresh;
import org.authgate.web.metrics.Metrics;
import org.authgate.web.metrics.Operation;
import org.authgate.web.metrics.Outcomes;

/** A refresh token traded for a new access token and a new refresh token; a replayed one revokes its family. */
@ApplicationScoped
public class Refresh {

    @Inject
    UnitOfWork work;

    @Inject
    SessionRefresh sessions;

    @Inject
    Metrics metrics;

    public RefreshOutcome refresh(String refreshToken, RefreshRequest request) {
        return metrics.timed(Operation.REFRESH, request.dialect(),
                () -> work.run(() -> sessions.refresh(refreshToken, request)), Outcomes::refresh);
    }
}
