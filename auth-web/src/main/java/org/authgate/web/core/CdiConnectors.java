package org.authgate.web.core;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.authgate.core.connector.Connector;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.connector.Connectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The enabled connectors: every {@link Connector} bean whose id is listed in
 * {@code authgate.connectors.enabled}. Naming an id no bean provides stops the deployment.
 */
@ApplicationScoped
public class CdiConnectors implements Connectors {

    @Inject
    @Any
    Instance<Connector> beans;

    @Inject
    @ConfigProperty(name = "authgate.connectors.enabled")
    String enabled;

    private Map<ConnectorId, Connector> active;

    @PostConstruct
    void select() {
        Set<String> wanted = Arrays.stream(enabled.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        Map<ConnectorId, Connector> found = new LinkedHashMap<>();
        for (Connector c : beans) {
            if (wanted.contains(c.id().value())) {
                found.put(c.id(), c);
            }
        }
        Set<String> missing = wanted.stream().filter(w -> found.keySet().stream().noneMatch(id -> id.value().equals(w)))
                .collect(Collectors.toSet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("authgate.connectors.enabled names unknown connectors: " + missing);
        }
        active = Map.copyOf(found);
    }

    @Override
    public Optional<Connector> find(ConnectorId id) {
        return Optional.ofNullable(active.get(id));
    }

    @Override
    public List<Connector> all() {
        return active.values().stream().sorted((a, b) -> a.id().value().compareTo(b.id().value())).toList();
    }
}
