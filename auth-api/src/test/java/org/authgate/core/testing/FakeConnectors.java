package org.authgate.core.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.authgate.core.connector.Connector;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.connector.Connectors;

/** The enabled connectors, registered by the test. */
public final class FakeConnectors implements Connectors {
    private final Map<ConnectorId, Connector> byId = new LinkedHashMap<>();

    public <C extends Connector> C register(C connector) {
        if (byId.putIfAbsent(connector.id(), connector) != null) {
            throw new IllegalStateException("connector " + connector.id() + " registered twice");
        }
        return connector;
    }

    /** Disables a connector, as a configuration change would. */
    public void remove(ConnectorId id) {
        byId.remove(id);
    }

    @Override
    public Optional<Connector> find(ConnectorId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Connector> all() {
        return List.copyOf(byId.values());
    }
}
