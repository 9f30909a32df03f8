package org.authgate.web.server;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.authgate.web.api.NativeApi;
import org.authgate.web.clients.NodeSuites;
import org.authgate.web.testing.ExistingWildFly;
import org.authgate.web.testing.HttpTestClient;
import org.authgate.web.testing.XmlContainment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * authgate deployed onto a WildFly that already runs another application, as docs/production.md tells an operator
 * to: the distribution as it comes (not configured by configure.cli) runs a small WAR of someone else's; the
 * PostgreSQL driver module is added and auth-server's existing-server.cli applied through the CLI against the
 * running server, which is reloaded; then the WAR is deployed under the context root {@code /authgate}, on the
 * test PostgreSQL (the WAR of the other ITs, test-support resources included). One server of its own (port offset {@code authgate.it.existing-server.port-offset}), started once
 * for the class; it shares the database with the main run's server as a second node would.
 */
class ExistingServerIT {
    private static final String CONTEXT_ROOT = "/authgate";
    private static final String OTHER_PAGE = "/other/hello.txt";
    private static final String WARMUP_SECONDS = "authgate.warmup.seconds";

    private static ExistingWildFly server;
    private static HttpTestClient http;
    private static HttpTestClient.Response otherBefore;
    private static HttpTestClient.Response rootBefore;
    private static Path configBefore;
    private static Path configAfter;
    /** The readiness answers from the deployment's end until UP, and the metrics as readiness came UP. */
    private static final List<HttpTestClient.Response> readinessWhileWarming = new ArrayList<>();
    private static String metricsWhenReady;
    private static final String SCRAPE_SECRET = "existing-server-scrape-" + UUID.randomUUID();

    @BeforeAll
    static void deployOntoAServerThatRunsAnotherApplication() throws IOException {
        server = ExistingWildFly.unpack();
        Path work = server.home().getParent();
        // The operator's settings: a short JIT warm-up (off by default) and a metrics scrape secret.
        server.start("-D" + WARMUP_SECONDS + "=3", "-Dauthgate.metrics.scrape-secret-sha256=" + sha256(SCRAPE_SECRET));
        http = HttpTestClient.at(server.http());

        // Someone else's application, and the server's own welcome page at "/", as they answer before authgate.
        WebArchive other = ShrinkWrap.create(WebArchive.class, "other.war")
                .addAsWebResource(new StringAsset("the other application\n"), "hello.txt");
        Path otherWar = work.resolve("other.war");
        other.as(ZipExporter.class).exportTo(otherWar.toFile(), true);
        server.cli("--command=deploy " + otherWar);
        otherBefore = http.get(OTHER_PAGE);
        rootBefore = http.get("/");
        configBefore = Files.copy(server.standaloneXml(), work.resolve("standalone-before.xml"));

        // What docs/production.md says, step by step: the driver module, the script, a reload, the WAR. One CLI
        // session (each CLI start costs seconds): the shipped script's lines run as they are, between the others.
        Path authgateWar = work.resolve("authgate.war");
        NativeApi.deployment().as(ZipExporter.class).exportTo(authgateWar.toFile(), true);
        Path cliProperties = Files.writeString(work.resolve("authgate-cli.properties"),
                "authgate.cli.context-root=" + CONTEXT_ROOT + "\n");
        Path steps = Files.writeString(work.resolve("steps.cli"), String.join("\n",
                "module add --name=org.postgresql --resources=" + System.getProperty("authgate.it.postgresql-jar")
                        + " --dependencies=java.logging,java.naming,java.security.jgss,java.sql,java.transaction.xa,"
                        + "jakarta.transaction.api",
                Files.readString(Path.of(System.getProperty("authgate.it.existing-server.script"))),
                "reload",
                "deploy " + authgateWar,
                ""));
        server.cli("--file=" + steps, "--properties=" + cliProperties);
        configAfter = Files.copy(server.standaloneXml(), work.resolve("standalone-after.xml"));
        awaitReadyAfterWarmup();
    }

    /** Polls readiness from the deployment's end until UP (the warm-up takes its 3 s), then reads the metrics. */
    private static void awaitReadyAfterWarmup() {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        HttpTestClient.Response ready;
        do {
            ready = http.get(CONTEXT_ROOT + "/health/ready");
            readinessWhileWarming.add(ready);
        } while (ready.status() != 200 && System.nanoTime() < deadline && pause());
        HttpTestClient.Response metrics = http.get(CONTEXT_ROOT + "/api/v1/metrics", "Authorization",
                "Bearer " + SCRAPE_SECRET);
        assertThat(metrics.status()).as(metrics.toString()).isEqualTo(200);
        metricsWhenReady = metrics.body();
    }

    private static boolean pause() {
        try {
            Thread.sleep(100);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void theOtherApplicationAndTheWelcomePageAnswerExactlyAsBefore() {
        HttpTestClient.Response otherAfter = http.get(OTHER_PAGE);
        HttpTestClient.Response rootAfter = http.get("/");

        assertThat(otherBefore.status()).as(otherBefore.toString()).isEqualTo(200);
        assertThat(otherAfter.status()).isEqualTo(otherBefore.status());
        assertThat(otherAfter.body()).isEqualTo(otherBefore.body()).isEqualTo("the other application\n");
        assertThat(otherAfter.contentType()).isEqualTo(otherBefore.contentType());
        assertThat(rootBefore.body()).containsIgnoringCase("Welcome to WildFly");
        assertThat(rootAfter.status()).isEqualTo(rootBefore.status());
        assertThat(rootAfter.body()).isEqualTo(rootBefore.body());
    }

    @Test
    void theScriptOnlyAddsToTheServersConfiguration() {
        assertThat(XmlContainment.notKept(configBefore, configAfter)).isEmpty();
        // the check can fail: read backwards, what the script added is missing, named down to the element
        assertThat(XmlContainment.notKept(configAfter, configBefore))
                .anySatisfy(problem -> assertThat(problem).contains("application-security-domain {")
                        .contains("name=authgate"))
                .anySatisfy(problem -> assertThat(problem).contains("<location {").contains("name=" + CONTEXT_ROOT + "/health"));
    }

    @Test
    void aNativeLoginCheckAndLogoutWorkUnderTheContextRoot() {
        String address = "10.17." + (UUID.randomUUID().getLeastSignificantBits() & 0xff) + ".9";
        HttpTestClient.Response login = http.post(CONTEXT_ROOT + "/api/v1/login", Json.createObjectBuilder()
                .add("login", NativeApi.ADMIN).add("password", NativeApi.ADMIN_PASSWORD).build().toString(),
                "X-Forwarded-For", address);
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        String token = login.json().getString("accessToken");

        HttpTestClient.Response session = http.get(CONTEXT_ROOT + "/api/v1/session",
                "Authorization", NativeApi.bearer(token), "X-Forwarded-For", address);
        assertThat(session.status()).as(session.toString()).isEqualTo(200);
        assertThat(session.json().getJsonObject("identity").getString("username")).isEqualTo(NativeApi.ADMIN);

        HttpTestClient.Response logout = http.post(CONTEXT_ROOT + "/api/v1/logout", "",
                "Authorization", NativeApi.bearer(token), "X-Forwarded-For", address);
        assertThat(logout.status()).as(logout.toString()).isEqualTo(204);
        assertThat(http.get(CONTEXT_ROOT + "/api/v1/session", "Authorization", NativeApi.bearer(token)).status())
                .isEqualTo(401);
        // not at the root, which stays the server's
        assertThat(http.get("/api/v1/ping").status()).isEqualTo(404);
    }

    @Test
    void anAccountCreatedUnderTheContextRootIsLocatedUnderIt() {
        String address = "10.18." + (UUID.randomUUID().getLeastSignificantBits() & 0xff) + ".9";
        String token = http.post(CONTEXT_ROOT + "/api/v1/login", Json.createObjectBuilder()
                .add("login", NativeApi.ADMIN).add("password", NativeApi.ADMIN_PASSWORD).build().toString(),
                "X-Forwarded-For", address).json().getString("accessToken");

        HttpTestClient.Response created = http.post(CONTEXT_ROOT + "/api/v1/admin/accounts", Json.createObjectBuilder()
                .add("username", NativeApi.uniqueName("prefixed")).add("password", "correct horse battery")
                .build().toString(), "Authorization", NativeApi.bearer(token), "X-Forwarded-For", address);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().getString("id");
        assertThat(created.header("Location")).hasValue(server.http() + CONTEXT_ROOT + "/api/v1/admin/accounts/" + id);
    }

    @Test
    void theConsoleSignInPageIsServedUnderTheContextRoot() {
        HttpTestClient.Response console = http.get(CONTEXT_ROOT + "/admin/");
        assertThat(console.status()).as(console.toString()).isEqualTo(302);
        assertThat(console.header("Location")).hasValueSatisfying(
                location -> assertThat(location).startsWith(server.http() + CONTEXT_ROOT + "/admin/"));

        HttpTestClient.Response dashboard = http.get(CONTEXT_ROOT + "/admin/dashboard.xhtml");
        assertThat(dashboard.status()).as(dashboard.toString()).isEqualTo(302);
        assertThat(dashboard.header("Location")).hasValueSatisfying(
                location -> assertThat(location).startsWith(server.http() + CONTEXT_ROOT + "/admin/login.xhtml"));

        HttpTestClient.Response signIn = http.get(CONTEXT_ROOT + "/admin/login.xhtml");
        assertThat(signIn.status()).as(signIn.toString()).isEqualTo(200);
        assertThat(signIn.body()).contains("type=\"password\"")
                .contains("action=\"" + CONTEXT_ROOT + "/admin/login.xhtml\"")
                .contains(CONTEXT_ROOT + "/admin/jakarta.faces.resource/");
        assertThat(signIn.headers().allValues("Set-Cookie")).isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; path=" + CONTEXT_ROOT));
    }

    /**
     * The official SDKs that take a base URL follow the prefix: OneEntry's and Azuriom's (a URL with a path), Wazo's
     * (its host string carries the path: it builds https://{host}/api/...). Kuzzle's cannot (host and port only).
     */
    @Test
    void theWazoOneEntryAndAzuriomClientsWorkUnderTheContextRoot() throws Exception {
        NodeSuites.install();

        int exit = NodeSuites.run(server.http().resolve(CONTEXT_ROOT), server.https().resolve(CONTEXT_ROOT),
                "azuriom.test.js", "oneentry.test.js", "wazo.test.js");

        assertThat(exit).as("the suites' exit code (their output is above)").isZero();
    }

    /**
     * The JIT warm-up found this server's listener under the context root on its own (port 8080 plus the offset,
     * the deployment's context path), kept readiness DOWN while it ran, and left nothing in the metrics: thousands of
     * token checks with never-issued tokens were sent, none was counted.
     */
    @Test
    void theNodeWarmsItsJitUpBeforeItIsReadyAndCountsNoneOfIt() throws IOException {
        assertThat(readinessWhileWarming).as("readiness from the deployment's end").last()
                .satisfies(last -> assertThat(last.status()).as(last.toString()).isEqualTo(200));
        assertThat(readinessWhileWarming).as("DOWN while warming up, the warm-up check naming why").anySatisfy(r -> {
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.json().getJsonArray("checks").getValuesAs(JsonObject.class))
                    .anySatisfy(check -> {
                        assertThat(check.getString("name")).isEqualTo("warm-up");
                        assertThat(check.getString("status")).isEqualTo("DOWN");
                    });
        });
        String log = Files.readString(server.home().resolve("standalone/log/server.log"));
        Matcher done = Pattern.compile("JIT warm-up done: (\\d+) requests to itself").matcher(log);
        assertThat(done.find()).as("the warm-up's summary line in server.log").isTrue();
        assertThat(Long.parseLong(done.group(1))).as("requests the warm-up sent itself").isPositive();
        assertThat(metricsWhenReady).as("no token check of the warm-up is counted")
                .doesNotContain("authgate_token_check_seconds_count{")
                .contains("authgate_session_memory_misses_total 0\n");
    }

    @Test
    void healthIsForwardedUnderTheContextRootWithAuthgatesCheck() {
        HttpTestClient.Response live = http.get(CONTEXT_ROOT + "/health/live");
        HttpTestClient.Response ready = http.get(CONTEXT_ROOT + "/health/ready");

        assertThat(live.status()).as(live.toString()).isEqualTo(200);
        assertThat(live.json().getJsonArray("checks").getValuesAs(JsonObject.class))
                .extracting(check -> check.getString("name")).contains("authgate");
        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
        assertThat(ready.json().getString("status")).isEqualTo("UP");
    }
}
