package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.authgate.core.connector.Connectors;
import org.authgate.core.connector.HashingPool;
import org.authgate.core.session.SessionFilter;
import org.authgate.core.session.SessionQuery;
import org.authgate.core.session.SessionState;
import org.authgate.web.metrics.Gauges;

/**
 * The metrics read when a scraper asks: the live sessions (one capped count in the database, for the cluster) and
 * the password-hashing pool of the enabled connector that has one (this JVM's).
 */
@ApplicationScoped
public class OperationalGauges {

    @Inject
    UnitOfWork work;

    @Inject
    SessionQuery sessions;

    @Inject
    Connectors connectors;

    public Gauges now() {
        long live = work.run(() -> sessions.count(
                new SessionFilter(null, null, null, null, null, null, SessionState.ACTIVE, null, null),
                Gauges.LIVE_SESSIONS_CAP));
        Optional<Gauges.Hashing> hashing = connectors.all().stream().filter(HashingPool.class::isInstance)
                .map(c -> ((HashingPool) c).hashingLoad()).findFirst()
                .map(l -> new Gauges.Hashing(l.capacity(), l.busy(), l.waiting()));
        return new Gauges(live, hashing);
    }
}
