package org.authgate.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.authgate.web.warmup.Warmup;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while the node warms its JIT up ({@link Warmup}): a load balancer waits for a node at full speed. */
@Readiness
@ApplicationScoped
public class WarmupReadiness implements HealthCheck {

    @Inject
    Warmup warmup;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("warm-up").status(warmup.finished()).build();
    }
}
