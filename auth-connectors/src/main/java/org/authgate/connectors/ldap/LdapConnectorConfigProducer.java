package org.authgate.connectors.ldap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Arrays;
import org.eclipse.microprofile.config.Config;

/**
 * Reads {@link LdapConnectorConfig} once from MicroProfile Config. When {@code ldap} is among
 * {@code authgate.connectors.enabled} it does so as soon as the application starts, so that a missing URL or a bad
 * filter fails the deployment instead of the first login; when it is not, nothing is read and nothing is required.
 */
@ApplicationScoped
public class LdapConnectorConfigProducer {
    static final String ENABLED = "authgate.connectors.enabled";

    private final Config source;
    private volatile LdapConnectorConfig config;

    @Inject
    public LdapConnectorConfigProducer(Config source) {
        this.source = source;
    }

    /** For the CDI client proxy only. */
    protected LdapConnectorConfigProducer() {
        this.source = null;
    }

    /** Not a CDI producer: a server without the ldap connector has no such settings, and must not fail on them. */
    public LdapConnectorConfig ldapConnectorConfig() {
        LdapConnectorConfig current = config;
        if (current == null) {
            current = LdapConnectorConfig.from(source);
            config = current;
        }
        return current;
    }

    boolean enabled() {
        return Arrays.stream(source.getOptionalValue(ENABLED, String.class).orElse("").split(","))
                .map(String::strip).anyMatch(LdapConnector.ID.value()::equals);
    }

    void validateAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (enabled()) {
            ldapConnectorConfig();
        }
    }
}
