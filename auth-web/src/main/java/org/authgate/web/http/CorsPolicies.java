package org.authgate.web.http;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Every {@link CorsScope}'s policy, read once at start-up (a malformed setting fails the deployment naming its key),
 * and the scope a path belongs to. The one place {@link CorsPreflight} and {@link CorsHeaders} ask.
 */
@ApplicationScoped
public class CorsPolicies {

    /** The scope owning a path and its policy. */
    public record Scoped(CorsScope scope, CorsPolicy policy) {
    }

    @Inject
    @Any
    Instance<CorsScope> scopes;

    @Inject
    Config config;

    private final List<Scoped> policies = new ArrayList<>();

    @PostConstruct
    void read() {
        for (CorsScope scope : scopes) {
            policies.add(new Scoped(scope, CorsPolicy.read(config, scope.name())));
        }
    }

    void readAtStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        // nothing to do: being called created the bean, which read every policy
    }

    /** The scope {@code path} (canonical) belongs to, if any, with its policy. */
    public Optional<Scoped> at(String path) {
        return policies.stream().filter(scoped -> scoped.scope().owns(path)).findFirst();
    }
}
