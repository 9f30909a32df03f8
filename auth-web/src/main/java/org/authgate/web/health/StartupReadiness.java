package org.authgate.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.authgate.web.startup.Startup;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready until {@link Startup} has finished: the container may ask for readiness while the deployment is
 * still migrating the schema. Before the WAR's checks exist at all, or after its deployment failed, there is
 * nothing of ours to ask; the server's configuration (configure.cli: the health subsystem's
 * {@code empty-readiness-checks-status=DOWN}) makes that DOWN too.
 */
@Readiness
@ApplicationScoped
public class StartupReadiness implements HealthCheck {

    @Inject
    Startup startup;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("startup").status(finished(startup)).build();
    }

    /**
     * Whether start-up has finished; false, not an exception, when asked so early that even that cannot be answered
     * (a readiness probe is answered DOWN then, and the server logs nothing for it).
     */
    static boolean finished(Startup startup) {
        try {
            return startup.finished();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
