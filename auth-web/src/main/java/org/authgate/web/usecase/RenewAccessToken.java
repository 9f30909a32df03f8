package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.authgate.core.session.AccessTokenRenewal;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.web.metrics.Metrics;
import org.authgate.web.metrics.Operation;
import org.authgate.web.metrics.Outcomes;

/** A live session's access token traded for a new one without a refresh token (Kuzzle's {@code refreshToken}). */
@ApplicationScoped
public class RenewAccessToken {

    @Inject
    UnitOfWork work;

    @Inject
    AccessTokenRenewal renewal;

    @Inject
    Metrics metrics;

    public AccessTokenRenewal.Outcome renew(String accessToken, Duration lifetime, ClientInfo client, Dialect dialect,
                                            Map<String, String> extraClaims) {
        return metrics.timed(Operation.REFRESH, dialect,
                () -> work.run(() -> renewal.renew(accessToken, lifetime, client, dialect, extraClaims)),
                Outcomes::renewal);
    }
}
