package org.authgate.web.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.net.URISyntaxException;
import org.authgate.web.testing.Deployments;
import org.authgate.web.testing.HttpTestClient;
import org.authgate.web.testsupport.FixedConfig;
import org.authgate.web.testsupport.H2Database;
import org.authgate.web.testsupport.ProductionMode;
import org.authgate.web.testsupport.ProductionWithDevelopmentSettings;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.arquillian.container.test.api.Deployer;
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

    @ArquillianResource
    Deployer deployer;

    private final HttpTestClient http = HttpTestClient.http();

    @Deployment(name = ON_H2, managed = false, testable = false)
    static WebArchive onH2() {
        return production(ProductionMode.class).addClass(H2Database.class).addAsLibrary(h2Jar());
    }

    @Deployment(name = DEV_SETTINGS, managed = false, testable = false)
    static WebArchive withTheRunCommandsSettings() {
        return production(ProductionWithDevelopmentSettings.class);
    }

    private static WebArchive production(Class<? extends FixedConfig> config) {
        // An archive name of its own (Arquillian refuses two of one name); the context root is jboss-web.xml's "/".
        return ShrinkWrap.create(WebArchive.class, config.getSimpleName() + ".war")
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
