package org.authgate.web.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The private test PostgreSQL of {@code src/test/postgres/test-postgres.sh}, stopped and started by a test
 * ({@code stop-cluster} / {@code start-cluster}: same data, same port). Only *OutageIT classes use it: they run
 * on a server of their own (auth-it/pom.xml), so the shared server's tests never see the database go.
 */
public final class TestCluster {
    private TestCluster() {
    }

    /**
     * Whether this run has a private cluster to stop (not when AUTHGATE_TEST_DB_URL names an external
     * database, which is not the tests' to take down).
     */
    public static boolean isPrivate() {
        return Files.isRegularFile(Path.of(System.getProperty("authgate.it.dir", "target/it"), "postgres.state"));
    }

    /** A fast shutdown: PostgreSQL ends every session and refuses connections until {@link #start()}. */
    public static void stop() {
        run("stop-cluster");
    }

    /** Starts it again; returns once it accepts connections. */
    public static void start() {
        run("start-cluster");
    }

    private static void run(String command) {
        String script = System.getProperty("authgate.it.postgres-script", "src/test/postgres/test-postgres.sh");
        String dir = System.getProperty("authgate.it.dir", "target/it");
        try {
            Process p = new ProcessBuilder("bash", script, command, dir).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("test-postgres.sh " + command + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("test-postgres.sh " + command + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
