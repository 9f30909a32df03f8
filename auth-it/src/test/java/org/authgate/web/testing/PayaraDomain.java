package org.authgate.web.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.event.container.AfterStop;
import org.jboss.arquillian.container.spi.event.container.BeforeStart;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The Payara domain of the tests, started and stopped with auth-server-payara's payara.sh, the script the Payara run
 * command uses too (it creates and configures the domain on first use and points it at the test PostgreSQL). Two
 * users:
 * <ul>
 * <li>the Payara run (arquillian.xml container "payara"): Payara's Arquillian adapter on Maven Central only
 * connects to a running server ("remote"), so this Arquillian extension starts the domain, empty, just before
 * Arquillian starts that container and stops it after; each test class then deploys its own WAR, as on WildFly;</li>
 * <li>the mixed pair ({@code cluster.MixedPairTest}): a WildFly run's test starts the domain with the same test WAR
 * deployed ({@link #startWith}), as a second node beside the WildFly under test, and stops it after.</li>
 * </ul>
 * The domain inherits this JVM's environment: the same AUTHGATE_* settings failsafe gives the WildFly servers under
 * test. Settings (system properties, auth-it/pom.xml): {@code authgate.it.payara.script}, {@code .home}, {@code .lib},
 * {@code .domains}, {@code .port-offset}, and {@code authgate.it.db.properties}. payara.sh's output goes to
 * {@code payara.log} beside the domains, the server's to {@code authgate/logs/server.log} in them.
 */
public final class PayaraDomain implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Lifecycle.class);
    }

    /** The observer: acts only for a container whose adapter is Payara's. */
    public static final class Lifecycle {
        public void beforeStart(@Observes BeforeStart event) {
            if (isPayara(event.getDeployableContainer())) {
                script("start", null);
            }
        }

        public void afterStop(@Observes AfterStop event) {
            if (isPayara(event.getDeployableContainer())) {
                stop();
            }
        }
    }

    /** The HTTP port of the domain's plain listener. */
    public static int httpPort() {
        return 8080 + Integer.parseInt(required("authgate.it.payara.port-offset"));
    }

    /** The domain's server.log (payara.sh sets its format: AUTHGATE_LOG_FORMAT). */
    public static Path serverLog() {
        return domains().resolve("authgate/logs/server.log");
    }

    /** Starts the domain with {@code war} deployed; returns once it is deployed. */
    public static void startWith(WebArchive war) {
        Path file = domains().resolveSibling("authgate-test.war");
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new IllegalStateException("cannot create " + file.getParent(), e);
        }
        war.as(ZipExporter.class).exportTo(file.toFile(), true);
        script("start", file);
    }

    /** Undeploys what is deployed and stops the domain. */
    public static void stop() {
        script("stop", null);
    }

    private static boolean isPayara(DeployableContainer<?> container) {
        return container.getClass().getName().startsWith("fish.payara.");
    }

    private static Path domains() {
        return Paths.get(required("authgate.it.payara.domains"));
    }

    private static void script(String command, Path war) {
        Path domains = domains();
        Path log = domains.resolveSibling("payara.log");
        try {
            Files.createDirectories(domains);
            ProcessBuilder process = new ProcessBuilder(List.of("bash", required("authgate.it.payara.script"), command))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Map<String, String> env = process.environment();
            env.put("PAYARA_HOME", required("authgate.it.payara.home"));
            env.put("PAYARA_LIB", required("authgate.it.payara.lib"));
            env.put("PAYARA_DOMAINS", domains.toString());
            env.put("PAYARA_PORT_OFFSET", required("authgate.it.payara.port-offset"));
            env.put("PAYARA_DB_PROPERTIES", required("authgate.it.db.properties"));
            if (war == null) {
                env.remove("AUTHGATE_WAR");
            } else {
                env.put("AUTHGATE_WAR", war.toString());
            }
            Process started = process.start();
            if (!started.waitFor(10, TimeUnit.MINUTES)) {
                started.destroyForcibly();
                throw new IllegalStateException("payara.sh " + command + " did not finish in 10 minutes; see " + log);
            }
            if (started.exitValue() != 0) {
                throw new IllegalStateException("payara.sh " + command + " failed (exit " + started.exitValue()
                        + "); see " + log + " and " + serverLog());
            }
        } catch (IOException e) {
            throw new IllegalStateException("payara.sh " + command + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (auth-it/pom.xml sets it)");
        }
        return value;
    }
}
