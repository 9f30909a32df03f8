package org.authgate.web.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;
import org.authgate.core.connector.Connectors;
import org.authgate.core.secret.SecretKeyRing;
import org.authgate.persistence.QueryPlanning;
import org.authgate.persistence.migration.SchemaMigrator;
import org.authgate.persistence.secret.StoredSecrets;
import org.authgate.web.cache.ChangeListener;
import org.authgate.web.core.AdminSecondFactor;
import org.authgate.web.core.ServerMode;
import org.authgate.web.core.SessionSweeper;
import org.authgate.web.jwt.SigningKeyRotation;
import org.authgate.web.secrets.SecretKeyRingProducer;
import org.authgate.web.usecase.AdministratorPasswordScreen;
import org.eclipse.microprofile.config.Config;

/**
 * Start-up, in order: in production mode refuse what only a development server may keep ({@link ProductionChecks}),
 * read the secrets key ring (no key: the deployment fails), migrate the schema (before
 * anything reads a table), seal the secrets still stored in clear or under an older key, make sure a signing
 * key exists and start its rotation, create the bootstrap administrator on an empty database, and resolve the enabled
 * connectors so a configuration mistake fails the deployment instead of the first login; then start the
 * expired-session sweeper and the listener that keeps the node's memory of verified sessions true.
 */
@ApplicationScoped
public class Startup {
    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    @Inject
    Database database;

    @Inject
    SecretKeyRing secretKeys;

    @Inject
    StoredSecrets storedSecrets;

    @Inject
    SigningKeyRotation signingKeys;

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

    @Inject
    AdminSecondFactor adminSecondFactor;

    @Inject
    AdministratorPasswordScreen administratorPasswords;

    @Inject
    Config config;

    /** Set once everything above is done: readiness ({@code web.health.StartupReadiness}) waits for it. */
    private volatile boolean finished;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        try {
            start();
        } catch (RuntimeException e) {
            // The container logs the failed deployment with a long trace; this line says what it means and why,
            // where whoever started the server looks first (the run command's console, server.log).
            LOG.severe(() -> "AUTHGATE DID NOT START: its deployment fails, the server answers 404 to every route and"
                    + " /health/ready DOWN until this is fixed. Cause: " + reason(e));
            throw e;
        }
    }

    /** The messages of the chain, outermost first: a configuration mistake names its key in one of them. */
    private static String reason(Throwable e) {
        StringBuilder reason = new StringBuilder();
        int depth = 0;
        for (Throwable t = e; t != null && depth < 8; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (!reason.isEmpty()) {
                reason.append(" <- ");
            }
            reason.append(t.getClass().getSimpleName()).append(t.getMessage() == null ? "" : ": " + t.getMessage());
        }
        return reason.toString();
    }

    private void start() {
        boolean production = checkMode();
        int applied = new SchemaMigrator(database.dataSource()).migrate();
        detectDatabase();
        LOG.info(() -> "schema up to date (" + applied + " migration(s) applied now)");
        if (production) {
            refuseStoredDevelopmentPassword();
        }
        // Key ids only: a key or a secret never reaches the log.
        int sealed = storedSecrets.sealAll();
        LOG.info(() -> "secrets at rest sealed with key " + secretKeys.currentKeyId() + " (configured: "
                + secretKeys.keyIds() + "); " + sealed + " stored secret(s) sealed now");
        signingKeys.start();
        bootstrapAdmin.createIfEmpty();
        LOG.info(() -> "connectors enabled: " + connectors.all().stream().map(c -> c.id().value()).toList());
        sweeper.start();
        changeListener.start(queryPlanning.isPostgres());
        finished = true;
    }

    /**
     * Says which mode the server runs in, first thing in the log; in production refuses to go on with a development
     * setting, before the schema or anything else is written.
     */
    private boolean checkMode() {
        ServerMode mode = ServerMode.of(config);
        if (!mode.production()) {
            LOG.warning("authgate runs in DEVELOPMENT mode (" + ServerMode.KEY + ", AUTHGATE_MODE, unset or development):"
                    + " an embedded database, the development administrator and the console over plain HTTP are"
                    + " accepted. A server others reach runs with AUTHGATE_MODE=production.");
            return false;
        }
        LOG.info("authgate runs in PRODUCTION mode (" + ServerMode.KEY + "=production): PostgreSQL only, no development"
                + " setting, the console over HTTPS only with Secure session cookies, Strict-Transport-Security");
        String product;
        try {
            product = database.productName();
        } catch (SQLException e) {
            throw new IllegalStateException("the database does not answer: " + e.getSQLState(), e);
        }
        List<String> refusals = ProductionChecks.refusals(new ProductionChecks.Facts(product,
                config.getOptionalValue("authgate.bootstrap.admin.password", String.class),
                adminSecondFactor.required(), secretKeys.keyIds(),
                config.getOptionalValue(SecretKeyRingProducer.KEY_FILE, String.class)));
        if (!refusals.isEmpty()) {
            throw new IllegalStateException(ServerMode.KEY + "=production refuses to start: "
                    + String.join("; ", refusals));
        }
        return true;
    }

    /**
     * The administrators stored with the development password, which outlive the setting that created them (a
     * database the run command started on, then put into production): refused after the schema is migrated (the
     * accounts must be readable in the current schema; a migration is what any start would do) and before anything
     * else is written. So this refusal comes in a second round, after those of {@link #checkMode}.
     */
    private void refuseStoredDevelopmentPassword() {
        ProductionChecks.storedPasswordRefusal(
                administratorPasswords.administratorsWith(ProductionChecks.DEVELOPMENT_ADMIN_PASSWORD))
                .ifPresent(refusal -> {
                    throw new IllegalStateException(ServerMode.KEY + "=production refuses to start: " + refusal);
                });
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
