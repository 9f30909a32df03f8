package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import org.authgate.core.connector.Connector;
import org.authgate.core.connector.ConnectorHealth;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.connector.Connectors;
import org.authgate.core.connector.HealthReporting;

/**
 * The connectors: which the server holds, which of them are switched on (only those log anybody in), and how each is.
 */
@ApplicationScoped
public class ConnectorStatus {

    @Inject
    UnitOfWork work;

    @Inject
    Connectors connectors;

    @Inject
    @Any
    Instance<Connector> installed;

    /** Every connector the server holds, switched on or not. */
    public List<Connector> installed() {
        return installed.stream().toList();
    }

    public List<Connector> enabled() {
        return connectors.all();
    }

    public boolean isEnabled(ConnectorId id) {
        return connectors.find(id).isPresent();
    }

    /** The connector's own report, in a unit of work of its own (a connector may read its store to answer). */
    public ConnectorHealth health(HealthReporting connector) {
        return work.run(connector::health);
    }
}
