package org.authgate.web.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.authgate.web.testing.Deployments;
import org.authgate.web.testing.HttpTestClient;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Readiness tells the truth about the deployment (issue 13): the server answers {@code /health/ready} 503 DOWN
 * while authgate is not deployed, when its deployment failed on a bad configuration value (the server then
 * answers 404 to every route: it must not call itself ready), and while it is still deploying; UP only once
 * its start-up has finished.
 *
 * <p>An *OutageIT (its own failsafe run and server): it deploys and undeploys authgate itself, which the shared
 * server's tests must never see.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FailedDeploymentOutageIT {
    private static final String BROKEN = "broken";
    private static final String GOOD = "good";

    @ArquillianResource
    Deployer deployer;

    private boolean goodDeployed;

    /** authgate with a configuration value it refuses at start-up (an unknown connector), ordinal above all. */
    @Deployment(name = BROKEN, managed = false, testable = false)
    static WebArchive broken() {
        JavaArchive badConfig = ShrinkWrap.create(JavaArchive.class, "bad-config.jar").addAsManifestResource(
                new StringAsset("config_ordinal=500\nauthgate.connectors.enabled=local,no-such-connector\n"),
                "microprofile-config.properties");
        // Another archive name (Arquillian refuses two of one name); the context root is jboss-web.xml's "/" all the same.
        return ShrinkWrap.create(WebArchive.class, "authgate-broken.war").merge(Deployments.authgate())
                .addAsLibrary(badConfig);
    }

    @Deployment(name = GOOD, managed = false, testable = false)
    static WebArchive good() {
        return Deployments.authgate();
    }

    @AfterEach
    void undeploy() {
        if (goodDeployed) {
            deployer.undeploy(GOOD);
        }
    }

    @Test
    void readyOnlyOnceAuthgateIsDeployedAndStarted() throws Exception {
        HttpTestClient http = HttpTestClient.http();
        assertNotReady(http.get("/health/ready"), "nothing deployed");

        assertThatThrownBy(() -> deployer.deploy(BROKEN)).as("an unknown connector fails the deployment")
                .hasMessageContaining("no-such-connector");
        assertNotReady(http.get("/health/ready"), "the deployment failed");
        assertThat(http.get("/api/v1/connectors").status()).isEqualTo(404);

        // While the good one deploys, readiness stays DOWN until its start-up has finished, then UP for good: the
        // answers go 503...503 200...200 (the last ones may come between the end of start-up and the end of the
        // deployment operation), never back and forth.
        // Arquillian's deployer works on the test's thread only: the readiness probe polls from another.
        List<Integer> whileDeploying = new CopyOnWriteArrayList<>();
        AtomicBoolean deploying = new AtomicBoolean(true);
        CompletableFuture<Void> probe = CompletableFuture.runAsync(() -> {
            while (deploying.get()) {
                whileDeploying.add(http.get("/health/ready").status());
            }
        });
        try {
            deployer.deploy(GOOD);
            goodDeployed = true;
        } finally {
            deploying.set(false);
        }
        probe.get(1, TimeUnit.MINUTES);
        System.out.printf("[readiness] %d answers while deploying: %d DOWN then %d UP%n", whileDeploying.size(),
                whileDeploying.stream().filter(s -> s == 503).count(),
                whileDeploying.stream().filter(s -> s == 200).count());
        assertThat(whileDeploying).isSubsetOf(200, 503).first().isEqualTo(503);
        int firstUp = whileDeploying.indexOf(200);
        if (firstUp >= 0) {
            assertThat(whileDeploying.subList(firstUp, whileDeploying.size())).containsOnly(200);
        }

        HttpTestClient.Response ready = http.get("/health/ready");
        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
        assertThat(ready.body()).contains("\"name\":\"startup\"").contains("\"name\":\"database\"");
    }

    private static void assertNotReady(HttpTestClient.Response r, String when) {
        assertThat(r.status()).as(when + ": " + r).isEqualTo(503);
        assertThat(r.body()).as(when).contains("\"status\":\"DOWN\"");
    }
}
