package org.authgate.web.api;

import org.authgate.web.testing.RestartableServer;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the native API's {@code *RestartIT}s: the test WAR on the "manual" container (its own failsafe run), which
 * each test starts with {@link #started()} and which is stopped after it, whatever happened.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class RestartTest {

    @Deployment(testable = false)
    @TargetsContainer(RestartableServer.CONTAINER)
    static WebArchive deployment() {
        return NativeApi.deployment();
    }

    @ArquillianResource
    ContainerController controller;

    RestartableServer server;

    /** Starts this test's server (it stays up until the test ends, restarts included). */
    RestartableServer started() {
        server = new RestartableServer(controller);
        server.start();
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
