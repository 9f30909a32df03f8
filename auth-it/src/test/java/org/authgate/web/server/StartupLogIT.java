package org.authgate.web.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.authgate.web.testing.Deployments;
import org.authgate.web.testing.HttpTestClient;
import org.authgate.web.testing.ServerLog;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A deployment whose readiness is asked all the time it deploys (as the run command's watcher and any orchestrator
 * ask it) logs no ERROR: a readiness check asked before the deployment can reach its datasource (its naming context
 * not bound yet: WildFly's WFLYWELD0049 when the datasource bean is created then) answers DOWN instead. The
 * deployment is this class's own (unmanaged), so the log between its start and its readiness is its start's alone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StartupLogIT {
    private static final String WATCHED = "watched-start";
    /**
     * server.log's pattern (configure.cli's FILE handler, PATTERN: "yyyy-MM-dd HH:mm:ss,SSS LEVEL [category]"): an
     * ERROR (JBoss Logging) or SEVERE (JUL) line.
     */
    private static final Pattern ERROR_LINE = Pattern.compile("(?m)^\\S+ \\S+ +(ERROR|SEVERE) ");

    @ArquillianResource
    Deployer deployer;

    private final HttpTestClient http = HttpTestClient.http();

    @Deployment(name = WATCHED, managed = false, testable = false)
    static WebArchive watched() {
        return Deployments.authgate();
    }

    @Test
    void readinessAskedThroughoutTheDeploymentLogsNoError() throws InterruptedException {
        long from = ServerLog.size();
        AtomicBoolean watching = new AtomicBoolean(true);
        AtomicInteger asked = new AtomicInteger();
        AtomicInteger failedAnswers = new AtomicInteger();
        Thread watcher = new Thread(() -> {
            while (watching.get()) {
                int status = http.get("/health/ready").status();
                asked.incrementAndGet();
                if (status != 200 && status != 503) {
                    failedAnswers.incrementAndGet();
                }
            }
        }, "readiness-watcher");
        watcher.start();
        String log;
        try {
            deployer.deploy(WATCHED);
            Instant until = Instant.now().plus(Duration.ofSeconds(60));
            while (http.get("/health/ready").status() != 200 && Instant.now().isBefore(until)) {
                Thread.sleep(100);
            }
            assertThat(http.get("/health/ready").status()).as("ready after the deployment").isEqualTo(200);
        } finally {
            watching.set(false);
            watcher.join(10_000);
            log = ServerLog.since(from); // before the undeployment, which is not under test
            deployer.undeploy(WATCHED);
        }
        String started = log;
        assertThat(asked.get()).as("readiness was asked during the deployment").isGreaterThan(5);
        assertThat(failedAnswers.get()).as("readiness answered 200 or 503 DOWN, never an error").isZero();
        assertThat(ERROR_LINE.matcher(started).results().map(r -> lineAt(started, r.start())).toList())
                .as("ERROR lines of the deployment's start").isEmpty();
    }

    private static String lineAt(String log, int start) {
        int end = log.indexOf('\n', start);
        return log.substring(start, end < 0 ? log.length() : end);
    }
}
