package org.authgate.web.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.authgate.web.testing.Deployments;
import org.authgate.web.testing.HttpTestClient;
import org.authgate.web.testing.RestartableServer;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link RestartableServer} gives a test a new server process with the application deployed again. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServerRestartIT {

    @Deployment(testable = false)
    @TargetsContainer(RestartableServer.CONTAINER)
    static WebArchive deployment() {
        return Deployments.authgate();
    }

    @ArquillianResource
    ContainerController controller;

    private RestartableServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aRestartIsANewJvmWithTheApplicationBack() {
        server = new RestartableServer(controller);
        server.start();
        String before = RestartableServer.serverJvmName();
        assertThat(HttpTestClient.http().get("/health/ready").status()).isEqualTo(200);

        server.restart();

        assertThat(RestartableServer.serverJvmName()).isNotEqualTo(before);
        HttpTestClient.Response ready = HttpTestClient.http().get("/health/ready");
        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
    }
}
