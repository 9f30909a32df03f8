package org.authgate.web.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.authgate.web.api.NativeApi;
import org.authgate.web.testing.HttpTestClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platforms' official client SDKs (npm packages pinned in src/test/node/package-lock.json) run
 * against this deployment: one JUnit test per {@code src/test/node/*.test.js} file, each a Node.js
 * {@code node --test} run that must pass. The SDKs are installed with {@code npm ci} from the npm
 * registry with the machine's own node and npm.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfficialClientsIT {
    static final Path NODE_DIR = Paths.get(System.getProperty("authgate.node.dir", "src/test/node")).toAbsolutePath();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return NativeApi.deployment();
    }

    @BeforeAll
    static void installSdks() throws Exception {
        ensureNode();
        Path installed = NODE_DIR.resolve("node_modules/.package-lock.json");
        Path lock = NODE_DIR.resolve("package-lock.json");
        if (!Files.exists(installed) || Files.getLastModifiedTime(installed).compareTo(Files.getLastModifiedTime(lock)) < 0) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of(), 600);
        }
    }

    @TestFactory
    Stream<DynamicTest> eachOfficialClientPassesItsSuite() throws IOException {
        List<Path> suites;
        try (Stream<Path> files = Files.list(NODE_DIR)) {
            suites = files.filter(p -> p.getFileName().toString().endsWith(".test.js")).sorted().toList();
        }
        assertThat(suites).as("node suites in " + NODE_DIR).isNotEmpty();
        return suites.stream().map(suite -> DynamicTest.dynamicTest(suite.getFileName().toString(), () -> {
            int exit = run(List.of("node", "--test", "--test-reporter=spec", suite.getFileName().toString()),
                    environment(), 600);
            assertThat(exit).as(suite + " exit code (its output is above)").isZero();
        }));
    }

    /**
     * A machine without Node.js gets Debian's (as root, like the test PostgreSQL): the suites need
     * node 18 or later and npm, nothing else.
     */
    private static void ensureNode() throws Exception {
        if (onPath("node") && onPath("npm")) {
            return;
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("the official-client suites need node and npm on the PATH");
        }
        run(List.of("bash", "-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm"),
                Map.of(), 900);
    }

    private static boolean onPath(String command) throws Exception {
        Process which = new ProcessBuilder("bash", "-c", "command -v " + command).start();
        return which.waitFor(30, TimeUnit.SECONDS) && which.exitValue() == 0;
    }

    /** What every suite needs to find the server and its administrator. */
    private static Map<String, String> environment() {
        return Map.of(
                "AUTHGATE_HTTP_URL", HttpTestClient.HTTP.toString(),
                "AUTHGATE_HTTPS_URL", HttpTestClient.HTTPS.toString(),
                "AUTHGATE_ADMIN_USERNAME", NativeApi.ADMIN,
                "AUTHGATE_ADMIN_PASSWORD", NativeApi.ADMIN_PASSWORD,
                "AUTHGATE_ONEENTRY_APP_TOKEN", System.getProperty("authgate.it.oneentry.app-token", ""));
    }

    private static int run(List<String> command, Map<String, String> env, long timeoutSeconds) throws Exception {
        // Output goes through System.out, never straight to this JVM's file descriptors: failsafe talks
        // to its forked JVM over them, and a child writing there corrupts that channel.
        ProcessBuilder builder = new ProcessBuilder(command).directory(NODE_DIR.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        Thread pump = new Thread(() -> {
            try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8))) {
                lines.lines().forEach(System.out::println);
            } catch (IOException e) {
                System.out.println("(output of " + command + " lost: " + e + ")");
            }
        });
        pump.setDaemon(true);
        pump.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish in " + timeoutSeconds + " s");
        }
        pump.join(10_000);
        return process.exitValue();
    }
}
