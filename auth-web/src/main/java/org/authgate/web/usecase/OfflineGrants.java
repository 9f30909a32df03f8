package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.OfflineGrantService;
import org.authgate.core.session.RefreshOutcome;
import org.authgate.core.session.RefreshRequest;
import org.authgate.web.metrics.Metrics;
import org.authgate.web.metrics.Operation;
import org.authgate.web.metrics.Outcomes;

/**
 * Reusable refresh tokens per client id (Wazo's {@code access_type: offline}): a new session for one, and the
 * revocation of a client's ones by their owner.
 */
@ApplicationScoped
public class OfflineGrants {

    @Inject
    UnitOfWork work;

    @Inject
    OfflineGrantService grants;

    @Inject
    Metrics metrics;

    /** A new session for a client's refresh token, which stays usable (it is not rotated). */
    public RefreshOutcome refresh(String refreshToken, String clientId, RefreshRequest request) {
        return metrics.timed(Operation.REFRESH, request.dialect(),
                () -> work.run(() -> grants.refresh(refreshToken, clientId, request)), Outcomes::refresh);
    }

    /** @return how many of the caller's refresh tokens of {@code clientId} were revoked; empty for a bad token */
    public Optional<Integer> revokeClient(String accessToken, String clientId, ClientInfo client, Dialect dialect) {
        return work.run(() -> grants.revokeClient(accessToken, clientId, client, dialect));
    }
}
