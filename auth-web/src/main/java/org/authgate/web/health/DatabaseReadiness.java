package org.authgate.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.authgate.web.startup.Database;
import org.authgate.web.startup.Startup;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database answers: without it no login or token check can work.
 *
 * <p>Not asked of the database before {@link Startup} has finished: the server runs the checks as soon as the WAR's
 * CDI container is up, and the run command's watcher and an orchestrator ask from the first second, while the
 * deployment's naming context ({@code java:comp/env}, where the datasource is bound) may not be bound yet. Touching
 * {@link Database} then would create it there, its {@code @Resource} lookup would fail, WildFly would log
 * WFLYWELD0049 as an ERROR and the check would throw; start-up creates it in the deployment's own thread instead.
 * Until then this check answers DOWN ("starting"), like {@link StartupReadiness}, and whatever it meets later is
 * DOWN too, never an exception.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
    private static final String NAME = "database";

    @Inject
    Database database;

    @Inject
    Startup startup;

    @Override
    public HealthCheckResponse call() {
        if (!StartupReadiness.finished(startup)) {
            return HealthCheckResponse.named(NAME).down().withData("reason", "starting").build();
        }
        try (Connection c = database.dataSource().getConnection()) {
            boolean valid = c.isValid(2);
            return HealthCheckResponse.named(NAME).status(valid)
                    .withData("product", c.getMetaData().getDatabaseProductName()).build();
        } catch (SQLException e) {
            // The SQL state tells an operator enough; the message may carry host names and users.
            return HealthCheckResponse.named(NAME).down().withData("sqlState", String.valueOf(e.getSQLState()))
                    .build();
        } catch (RuntimeException e) {
            // A check must answer, not throw (the server would log an error for a probe); the type is enough.
            return HealthCheckResponse.named(NAME).down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
