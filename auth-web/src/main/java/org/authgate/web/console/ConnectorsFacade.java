package org.authgate.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.authgate.core.connector.Connector;
import org.authgate.core.connector.ConnectorHealth;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.connector.Credentials;
import org.authgate.core.connector.HealthReporting;
import org.authgate.core.connector.IdentityLookup;
import org.authgate.core.connector.PasswordChanger;
import org.authgate.core.connector.SecondFactorVerifier;
import org.authgate.core.identity.Identity;
import org.authgate.core.identity.TenantId;
import org.authgate.core.session.ClientInfo;
import org.authgate.web.usecase.ConnectorStatus;
import org.authgate.web.usecase.TestLogin;

/**
 * The connectors page: every connector bean the WAR holds, whether it is switched on, what it can do, its
 * health, its configuration (secrets masked), and a test login.
 */
@ApplicationScoped
public class ConnectorsFacade {
    /** The client id of test logins in the audit trail, so they are told apart from real ones. */
    static final String TEST_LOGIN_CLIENT = "authgate-console-test-login";

    @Inject
    ConnectorStatus status;

    @Inject
    TestLogin tests;

    @Inject
    SettingsFacade settings;

    /** @param health null for a connector that is switched off or cannot report its health */
    public record ConnectorRow(String id, boolean enabled, List<String> fields, List<String> capabilities,
                               HealthRow health, List<SettingsFacade.Setting> configuration) {
        public String fieldsText() {
            return String.join(", ", fields);
        }

        public String capabilitiesText() {
            return String.join(", ", capabilities);
        }
    }

    public record HealthRow(boolean up, String detail) {
    }

    /**
     * A test login's result. {@code outcome} is one of SUCCESS, SECOND_FACTOR_REQUIRED or the core's public
     * refusal; the audit log's LOGIN_FAILED record has the precise reason (unknown user, wrong password, locked).
     */
    public record TestLoginResult(String outcome, String subject, String username, String roles) {
        public boolean succeeded() {
            return "SUCCESS".equals(outcome);
        }
    }

    public List<ConnectorRow> connectors() {
        List<ConnectorRow> rows = new ArrayList<>();
        for (Connector c : status.installed()) {
            boolean on = status.isEnabled(c.id());
            rows.add(new ConnectorRow(c.id().value(), on,
                    c.loginForm().fields().stream().map(f -> f.name() + (f.required() ? "" : " (optional)")).toList(),
                    capabilities(c), on ? health(c) : null, configuration(c)));
        }
        rows.sort(Comparator.comparing(ConnectorRow::id));
        return rows;
    }

    /** The ids a test login may use: only switched-on connectors log anybody in. */
    public Set<String> enabledIds() {
        Set<String> ids = new TreeSet<>();
        status.enabled().forEach(c -> ids.add(c.id().value()));
        return ids;
    }

    /**
     * A real login through the core ({@link TestLogin}) with client id {@value #TEST_LOGIN_CLIENT}, whose session is
     * ended at once.
     */
    public TestLoginResult testLogin(String actor, String connectorId, String login, String password, String code,
                                     ClientInfo client) {
        ConnectorId connector = new ConnectorId(connectorId);
        if (!enabledIds().contains(connector.value())) {
            throw new IllegalArgumentException("the connector is not switched on");
        }
        Credentials credentials = Credentials.of(TenantId.DEFAULT, login == null ? "" : login.strip(),
                password == null ? "" : password).withSecondFactorCode(Blank.toNull(code));
        ClientInfo testClient = new ClientInfo(TEST_LOGIN_CLIENT, client.remoteAddress(), client.userAgent(),
                client.deviceInfo());
        TestLogin.Result result = tests.tryLogin(actor, connector, credentials, testClient);
        return result.identity() == null ? new TestLoginResult(result.outcome(), null, null, null)
                : of(result.outcome(), result.identity());
    }

    private static TestLoginResult of(String outcome, Identity identity) {
        return new TestLoginResult(outcome, identity.subject().toString(), identity.username(),
                String.join(", ", new TreeSet<>(identity.roles())));
    }

    /** The connector's settings, masked, each with where its value comes from. */
    private List<SettingsFacade.Setting> configuration(Connector c) {
        List<SettingsFacade.Setting> rows = new ArrayList<>();
        c.configuration().forEach((key, value) -> rows.add(new SettingsFacade.Setting(key,
                SecretValues.shown(key, value), settings.sourceOf(key).orElse("built-in default"))));
        return rows;
    }

    private HealthRow health(Connector c) {
        if (!(c instanceof HealthReporting reporting)) {
            return null;
        }
        try {
            ConnectorHealth health = status.health(reporting);
            return new HealthRow(health.up(), health.detail());
        } catch (RuntimeException e) {
            return new HealthRow(false, "health check failed: " + e.getClass().getSimpleName());
        }
    }

    private static List<String> capabilities(Connector c) {
        List<String> can = new ArrayList<>();
        if (c instanceof PasswordChanger) {
            can.add("password change");
        }
        if (c instanceof SecondFactorVerifier) {
            can.add("second factor");
        }
        if (c instanceof IdentityLookup) {
            can.add("identity lookup");
        }
        if (c instanceof HealthReporting) {
            can.add("health");
        }
        return can;
    }
}
