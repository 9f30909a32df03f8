package org.authgate.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/**
 * Stops and starts the WildFly JVM under test, for tests that prove nothing lives only in the
 * server's memory (sessions survive a restart, say).
 *
 * <p>It drives the "manual" Arquillian container {@value #CONTAINER} (arquillian.xml): a real process
 * restart, not a {@code :reload}. Arquillian undeploys the test's deployment before it stops the
 * server and deploys it again after each start. Such a test class must
 * <ul>
 * <li>be named {@code *RestartIT}: auth-it/pom.xml runs those classes in their own failsafe run,
 *     after the shared server of the other ITs has stopped (both use ports 8080/8443/9990);</li>
 * <li>target the container: {@code @Deployment(testable = false) @TargetsContainer(RestartableServer.CONTAINER)};</li>
 * <li>get the controller with {@code @ArquillianResource ContainerController controller} and call
 *     {@link #start()} first: a manual container is not started by Arquillian.</li>
 * </ul>
 * The server stops by itself at the end of the run if the test does not stop it.
 */
public final class RestartableServer {
    public static final String CONTAINER = "wildfly-restartable";

    private final ContainerController controller;

    public RestartableServer(ContainerController controller) {
        this.controller = controller;
    }

    /** Starts the server (and deploys the test's deployment) unless it is running. */
    public void start() {
        if (!controller.isStarted(CONTAINER)) {
            controller.start(CONTAINER);
        }
    }

    /** Undeploys and shuts the server down (a clean shutdown, like Ctrl+C), if it is running. */
    public void stop() {
        if (controller.isStarted(CONTAINER)) {
            controller.stop(CONTAINER);
        }
    }

    /** A new server JVM with the deployment deployed again. */
    public void restart() {
        stop();
        start();
    }

    /**
     * The running server's JVM name, {@code pid@host}, read over the management interface; it
     * changes with every restart.
     */
    public static String serverJvmName() {
        ModelNode op = new ModelNode();
        op.get("operation").set("read-attribute");
        op.get("address").add("core-service", "platform-mbean").add("type", "runtime");
        op.get("name").set("name");
        try (ModelControllerClient client = ModelControllerClient.Factory.create("localhost",
                Integer.getInteger("authgate.it.management-port", 9990))) {
            ModelNode result = client.execute(op);
            if (!"success".equals(result.get("outcome").asString())) {
                throw new IllegalStateException("management read failed: " + result);
            }
            return result.get("result").asString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
