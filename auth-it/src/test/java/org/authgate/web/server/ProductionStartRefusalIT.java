package org.authgate.web.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.authgate.persistence.migration.SchemaMigrator;
import org.authgate.web.testing.Deployments;
import org.authgate.web.testing.HttpTestClient;
import org.authgate.web.testing.TestDatabase;
import org.authgate.web.testsupport.FixedConfig;
import org.authgate.web.testsupport.H2Database;
import org.authgate.web.testsupport.ProductionMode;
import org.authgate.web.testsupport.ProductionWithDevelopmentSettings;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.arquillian.container.test.api.Deployer;
import org.postgresql.ds.PGSimpleDataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A production-mode deployment ({@code authgate.mode=production}) with a development setting fails, says which setting
 * in the deployment's error, and the server never calls itself ready. On the shared server (main run): this class has
 * no managed deployment, so nothing of authgate is deployed while it runs, and readiness is DOWN before and after each
 * failed deployment (configure.cli: no readiness check deployed is DOWN). The same WAR in production mode without
 * these settings starts: ConsoleProductionModeIT.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProductionStartRefusalIT {
    private static final String ON_H2 = "production-on-h2";
    private static final String DEV_SETTINGS = "production-dev-settings";
    private static final String STORED_DEV_ADMIN = "production-stored-dev-admin";
    /**
     * An Argon2id hash of the run command's administrator password ({@code authgate-dev-admin}), with the local
     * connector's parameters: what the run command's bootstrap stored in its database.
     */
    private static final String DEVELOPMENT_PASSWORD_HASH =
            "$argon2id$v=19$m=19456,t=2,p=1$QhOqgBgeJUvn4orGgjTAZA$KisCJ3O5DCRC4yfZGMzq7GdxNVQRLZOVpHe+WY/O48s";

    @ArquillianResource
    Deployer deployer;

    private final HttpTestClient http = HttpTestClient.http();

    @Deployment(name = ON_H2, managed = false, testable = false)
    static WebArchive onH2() {
        return production(ON_H2, ProductionMode.class).addClass(H2Database.class).addAsLibrary(h2Jar());
    }

    @Deployment(name = DEV_SETTINGS, managed = false, testable = false)
    static WebArchive withTheRunCommandsSettings() {
        return production(DEV_SETTINGS, ProductionWithDevelopmentSettings.class);
    }

    /** Production mode with nothing of the development set-up in its settings (the IT server's own). */
    @Deployment(name = STORED_DEV_ADMIN, managed = false, testable = false)
    static WebArchive withCleanSettings() {
        return production(STORED_DEV_ADMIN, ProductionMode.class);
    }

    private static WebArchive production(String deployment, Class<? extends FixedConfig> config) {
        // An archive name of its own (Arquillian refuses two of one name); the context root is jboss-web.xml's "/".
        return ShrinkWrap.create(WebArchive.class, deployment + ".war")
                .merge(Deployments.authgate(FixedConfig.class, ProductionMode.class, config))
                .addAsServiceProvider(ConfigSource.class, config);
    }

    private static File h2Jar() {
        try {
            return new File(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void onAnEmbeddedDatabase() {
        assertRefused(ON_H2, "the database is H2, not PostgreSQL", "AUTHGATE_DB_URL");
    }

    /** Each of these alone is refused too (ProductionChecksTest); one deployment keeps the IT short. */
    @Test
    void withTheRunCommandsPasswordSecretsKeyAndAdministratorsWithoutSecondFactor() {
        assertRefused(DEV_SETTINGS, "AUTHGATE_BOOTSTRAP_ADMIN_PASSWORD", "authgate.admin.require-second-factor",
                "authgate.secrets.keys");
    }

    /**
     * An administrator the run command created (its password the development one) kept in the database, with no
     * development value in the settings: the start refuses it, naming the account and how to change the password.
     * Without the account the same deployment starts (ConsoleProductionModeIT).
     */
    @Test
    void withAnAdministratorStoredWithTheDevelopmentPassword() throws SQLException {
        String username = "devadmin-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = UUID.randomUUID();
        // The schema, as the server's start would migrate it: this class deploys nothing that starts, and in a focused
        // run no other class may have created the tables yet.
        PGSimpleDataSource schema = new PGSimpleDataSource();
        schema.setURL(TestDatabase.url());
        schema.setUser(System.getProperty(TestDatabase.USER));
        schema.setPassword(System.getProperty(TestDatabase.PASSWORD));
        new SchemaMigrator(schema).migrate();
        try (Connection c = TestDatabase.connect()) {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO accounts (id, tenant, username,"
                    + " username_lower, password_hash, password_scheme, created_at, updated_at)"
                    + " VALUES (?, 'default', ?, ?, ?, 'argon2id', now(), now())")) {
                insert.setObject(1, id);
                insert.setString(2, username);
                insert.setString(3, username);
                insert.setString(4, DEVELOPMENT_PASSWORD_HASH);
                insert.executeUpdate();
            }
            try (PreparedStatement role = c.prepareStatement(
                    "INSERT INTO account_roles (account_id, role) VALUES (?, 'admin')")) {
                role.setObject(1, id);
                role.executeUpdate();
            }
            try {
                assertRefused(STORED_DEV_ADMIN, "the administrator '" + username + "'", id.toString(),
                        "development password", "Reset password", "POST /api/v1/password");
            } finally {
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM accounts WHERE id = ?")) {
                    delete.setObject(1, id);
                    delete.executeUpdate();
                }
            }
        }
    }

    private void assertRefused(String deployment, String... named) {
        assertNotReady("before");
        // Arquillian's DeploymentException is checked but thrown undeclared: caught as any Throwable.
        Throwable thrown = catchThrowable(() -> deployer.deploy(deployment));
        if (thrown == null) {
            deployer.undeploy(deployment);
            fail(deployment + " started in production mode");
        }
        assertThat(messages(thrown)).contains("authgate.mode=production refuses to start").contains(named);
        assertNotReady("after the failed deployment");
        assertThat(http.get("/api/v1/connectors").status()).as("nothing of authgate answers").isEqualTo(404);
    }

    private void assertNotReady(String when) {
        HttpTestClient.Response ready = http.get("/health/ready");
        assertThat(ready.status()).as(when + ": " + ready).isEqualTo(503);
        assertThat(ready.body()).as(when).contains("\"status\":\"DOWN\"");
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
