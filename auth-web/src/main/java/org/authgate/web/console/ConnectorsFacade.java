package org.authgate.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditTrail;
import org.authgate.core.audit.Outcome;
import org.authgate.core.connector.Connector;
import org.authgate.core.connector.ConnectorHealth;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.connector.Connectors;
import org.authgate.core.connector.Credentials;
import org.authgate.core.connector.HealthReporting;
import org.authgate.core.connector.IdentityLookup;
import org.authgate.core.connector.PasswordChanger;
import org.authgate.core.connector.SecondFactorVerifier;
import org.authgate.core.identity.Identity;
import org.authgate.core.identity.TenantId;
import org.authgate.core.login.LoginOutcome;
import org.authgate.core.login.LoginRequest;
import org.authgate.core.login.LoginService;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.SessionEnding;
import org.authgate.core.session.TokenGrant;
import org.authgate.web.core.Gateway;

/**
 * The connectors page: every connector bean the WAR holds, whether it is switched on, what it can do, its
 * health, its configuration (secrets masked), and a test login.
 */
@ApplicationScoped
public class ConnectorsFacade {
    /** The client id of test logins in the audit trail, so they are told apart from real ones. */
    static final String TEST_LOGIN_CLIENT = "authgate-console-test-login";

    @Inject
    @Any
    Instance<Connector> beans;

    @Inject
    Connectors enabled;

    @Inject
    Gateway gateway;

    @Inject
    LoginService logins;

    @Inject
    SessionEnding sessions;

    @Inject
    AuditTrail audit;

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
        for (Connector c : beans) {
            boolean on = enabled.find(c.id()).isPresent();
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
        enabled.all().forEach(c -> ids.add(c.id().value()));
        return ids;
    }

    /**
     * A real login through the core (throttled, locked out and audited like any other, with dialect
     * {@code admin} and client id {@value #TEST_LOGIN_CLIENT}) whose session is ended at once, plus an
     * ADMIN_ACTION record naming the administrator — all in one transaction. A login that needs a second factor
     * is left pending without its challenge: nobody can complete it and it expires with the second-factor timeout.
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
        return gateway.run(() -> {
            LoginOutcome outcome = logins.login(new LoginRequest(connector, credentials, testClient, Dialect.ADMIN,
                    null, TokenGrant.ACCESS_ONLY, null, null));
            TestLoginResult result;
            if (outcome instanceof LoginOutcome.LoggedIn loggedIn) {
                sessions.logout(loggedIn.issued().accessToken(), testClient, Dialect.ADMIN);
                result = of("SUCCESS", loggedIn.identity());
            } else if (outcome instanceof LoginOutcome.SecondFactorPending pending) {
                result = of("SECOND_FACTOR_REQUIRED", pending.identity());
            } else {
                result = new TestLoginResult(((LoginOutcome.Refused) outcome).refusal().name(), null, null, null);
            }
            audit.of(AuditEvent.ADMIN_ACTION, Outcome.SUCCESS, Dialect.ADMIN).connector(connector)
                    .client(testClient).actor(actor).target(connector.value() + ":" + credentials.login())
                    .reason("TEST_LOGIN " + result.outcome()).write();
            return result;
        });
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
            ConnectorHealth health = gateway.run(reporting::health);
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
