package org.authgate.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.Outcome;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.SessionState;
import org.authgate.web.dialect.DialectSwitch;
import org.authgate.web.usecase.ConnectorStatus;

/**
 * The closed sets the console's filters offer as drop-downs, read from where they are defined: the core's enums,
 * the connectors the WAR holds (switched on or not: old sessions and records still name a switched-off one) and the
 * dialects it speaks (each has a {@link DialectSwitch}, plus the native API, the admin actions and the connectors'
 * own records). A page never lists them itself, so a new connector, dialect or event shows up without a page edit.
 */
@Named
@ApplicationScoped
public class FilterChoices {

    @Inject
    ConnectorStatus connectors;

    @Inject
    @Any
    Instance<DialectSwitch> dialectSwitches;

    public List<String> getConnectors() {
        Set<String> ids = new TreeSet<>();
        connectors.installed().forEach(c -> ids.add(c.id().value()));
        return List.copyOf(ids);
    }

    public List<String> getDialects() {
        Set<String> names = new TreeSet<>();
        for (Dialect builtIn : List.of(Dialect.NATIVE, Dialect.ADMIN, Dialect.CONNECTOR, Dialect.SERVER)) {
            names.add(builtIn.value());
        }
        dialectSwitches.forEach(s -> names.add(s.dialect().value()));
        return List.copyOf(names);
    }

    public List<String> getSessionStates() {
        return names(SessionState.values());
    }

    public List<String> getAuditEvents() {
        return names(AuditEvent.values());
    }

    public List<String> getOutcomes() {
        return names(Outcome.values());
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
