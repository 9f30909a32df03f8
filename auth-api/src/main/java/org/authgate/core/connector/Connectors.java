package org.authgate.core.connector;

import java.util.List;
import java.util.Optional;

/** Port: the connectors this server has enabled. */
public interface Connectors {

    Optional<Connector> find(ConnectorId id);

    List<Connector> all();
}
