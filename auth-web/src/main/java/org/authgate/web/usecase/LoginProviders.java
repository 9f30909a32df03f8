package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.authgate.core.connector.Connector;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.connector.Connectors;
import org.authgate.core.session.SessionPolicy;
import org.authgate.core.session.SessionOpening;

/**
 * What a client may log in with before it logs in (Kuzzle's strategies, OneEntry's providers): an enabled
 * connector and its login form, and the lifetimes a session gets. Configuration only: no transaction.
 */
@ApplicationScoped
public class LoginProviders {

    @Inject
    Connectors connectors;

    @Inject
    SessionOpening sessions;

    /** The connector {@code id}, when it is enabled. */
    public Optional<Connector> enabled(ConnectorId id) {
        return connectors.find(id);
    }

    public SessionPolicy policy() {
        return sessions.policy();
    }
}
