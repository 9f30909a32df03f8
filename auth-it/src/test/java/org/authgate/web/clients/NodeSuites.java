package org.authgate.web.clients;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.authgate.web.api.NativeApi;

/**
 * The platforms' official client SDKs (npm packages pinned in src/test/node/package-lock.json) and their
 * {@code node --test} suites ({@code src/test/node/*.test.js}), run against an authgate at a given base URL: the
 * server under test ({@link OfficialClientsIT}) or one deployed under a context root
 * ({@code server.ExistingServerIT}). The SDKs are installed with {@code npm ci} from the npm registry with the
 * machine's own node and npm.
 */
public final class NodeSuites {
    static final Path NODE_DIR = Paths.get(System.getProperty("authgate.node.dir", "src/test/node")).toAbsolutePath();

    private NodeSuites() {
    }

    /** node and npm on the machine, and the SDKs installed as the lock file says (again when it changed). */
    public static void install() throws Exception {
        ensureNode();
        Path installed = NODE_DIR.resolve("node_modules/.package-lock.json");
        Path lock = NODE_DIR.resolve("package-lock.json");
        if (!Files.exists(installed) || Files.getLastModifiedTime(installed).compareTo(Files.getLastModifiedTime(lock)) < 0) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of(), 600);
        }
    }

    /** Every suite file, sorted. */
    public static List<Path> all() throws IOException {
        try (Stream<Path> files = Files.list(NODE_DIR)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".test.js")).sorted().toList();
        }
    }

    /**
     * Runs the named suite files (in NODE_DIR) against the authgate whose routes start at {@code http} and
     * {@code https} (a context root included); the exit code of {@code node --test}, whose output goes to this JVM's
     * standard output.
     */
    public static int run(URI http, URI https, String... suites) throws Exception {
        List<String> command = new ArrayList<>(List.of("node", "--test", "--test-reporter=spec"));
        command.addAll(List.of(suites));
        return run(command, Map.of(
                "AUTHGATE_HTTP_URL", withoutTrailingSlash(http),
                "AUTHGATE_HTTPS_URL", withoutTrailingSlash(https),
                "AUTHGATE_ADMIN_USERNAME", NativeApi.ADMIN,
                "AUTHGATE_ADMIN_PASSWORD", NativeApi.ADMIN_PASSWORD,
                "AUTHGATE_ONEENTRY_APP_TOKEN", System.getProperty("authgate.it.oneentry.app-token", "")), 600);
    }

    private static String withoutTrailingSlash(URI uri) {
        return uri.toString().replaceFirst("/$", "");
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
