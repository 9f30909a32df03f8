package org.authgate.web.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.logging.Logger;
import org.authgate.core.connector.Connectors;
import org.authgate.persistence.QueryPlanning;
import org.authgate.persistence.migration.SchemaMigrator;
import org.authgate.web.cache.ChangeListener;
import org.authgate.web.core.SessionSweeper;
import org.authgate.web.jwt.SigningKeys;

/**
 * Start-up, in order: migrate the schema (before anything reads a table), make sure a signing key
 * exists, create the bootstrap administrator on an empty database, and resolve the enabled
 * connectors so a configuration mistake fails the deployment instead of the first login; then start the
 * expired-session sweeper and the listener that keeps the node's memory of verified sessions true.
 */
@ApplicationScoped
public class Startup {
    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    @Inject
    Database database;

    @Inject
    SigningKeys signingKeys;

    @Inject
    BootstrapAdmin bootstrapAdmin;

    @Inject
    Connectors connectors;

    @Inject
    SessionSweeper sweeper;

    @Inject
    QueryPlanning queryPlanning;

    @Inject
    ChangeListener changeListener;

    /** Set once everything above is done: readiness ({@code web.health.StartupReadiness}) waits for it. */
    private volatile boolean finished;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        int applied = new SchemaMigrator(database.dataSource()).migrate();
        detectDatabase();
        LOG.info(() -> "schema up to date (" + applied + " migration(s) applied now)");
        signingKeys.ensureKey();
        bootstrapAdmin.createIfEmpty();
        LOG.info(() -> "connectors enabled: " + connectors.all().stream().map(c -> c.id().value()).toList());
        sweeper.start();
        changeListener.start(queryPlanning.isPostgres());
        finished = true;
    }

    /** Whether start-up has finished (schema, keys, bootstrap, connectors, sweeper, listener). */
    public boolean finished() {
        return finished;
    }

    private void detectDatabase() {
        try {
            queryPlanning.detect(database.dataSource());
        } catch (SQLException e) {
            throw new IllegalStateException("the database does not answer: " + e.getSQLState(), e);
        }
    }
}
