package org.authgate.web.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.authgate.web.testing.Deployments;
import org.authgate.web.testing.HttpTestClient;
import org.authgate.web.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What WildFly's management model says of the server the build configures (src/main/wildfly/configure.cli) with
 * the WAR on it: the root context and the datasource on the test PostgreSQL. What any server must answer over HTTP
 * (health, OpenAPI, HTTPS) is {@link ServerEndpointsIT}, which runs on Payara too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServerSmokeIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.authgate();
    }

    @ArquillianResource
    ManagementClient management;

    private final HttpTestClient http = HttpTestClient.http();

    @Test
    void theWarOwnsTheRootContext() throws Exception {
        ModelNode contextRoot = Operations.createReadAttributeOperation(
                Operations.createAddress("deployment", Deployments.ARCHIVE_NAME, "subsystem", "undertow"),
                "context-root");
        assertThat(execute(contextRoot).asString()).isEqualTo("/");

        HttpTestClient.Response root = http.get("/");
        assertThat(root.body()).doesNotContain("Welcome to WildFly");
    }

    @Test
    void theServerAndTheTestsShareTheTestPostgresql() throws Exception {
        ModelNode dataSource = Operations.createAddress("subsystem", "datasources", "data-source", "AuthgateDS");
        ModelNode url = Operations.createReadAttributeOperation(dataSource, "connection-url");
        url.get("resolve-expressions").set(true);
        ModelNode driver = Operations.createReadAttributeOperation(dataSource, "driver-name");
        driver.get("resolve-expressions").set(true);
        assertThat(execute(url).asString()).isEqualTo(TestDatabase.url());
        assertThat(execute(driver).asString()).isEqualTo("postgresql");
        execute(Operations.createOperation("test-connection-in-pool", dataSource));

        try (Connection connection = TestDatabase.connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select version(),
                            (select count(*) from pg_stat_activity
                              where datname = current_database() and pid <> pg_backend_pid())""")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).startsWith("PostgreSQL");
            assertThat(rows.getLong(2)).as("the server's pooled connections").isPositive();
        }
    }

    private ModelNode execute(ModelNode operation) throws Exception {
        ModelNode outcome = management.getControllerClient().execute(operation);
        assertThat(Operations.isSuccessfulOutcome(outcome)).as(outcome.toString()).isTrue();
        return Operations.readResult(outcome);
    }
}
