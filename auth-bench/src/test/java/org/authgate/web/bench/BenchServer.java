package org.authgate.web.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One benchmark node: a private copy of the configured WildFly made by src/test/cluster/node-b.sh (as the two-node
 * tests make node B), the production WAR dropped into its deployments, started with bin/standalone.sh, a port
 * offset and the database in its environment, exactly as an operator would run it. Public for the node-kill test
 * ({@code cluster.NodeKillIT}), which needs a server process it can kill.
 */
public final class BenchServer implements AutoCloseable {
    /** Readiness as a load balancer asks it: the WAR's checks through MicroProfile Health on the HTTP port. */
    static final String READY = "/health/ready";

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final String name;
    private final Path home;
    private final int portOffset;
    private final Path log;
    private Process process;

    private BenchServer(String name, Path home, int portOffset, Path log) {
        this.name = name;
        this.home = home;
        this.portOffset = portOffset;
        this.log = log;
    }

    /** Copies {@code wildflyHome} to {@code dir/<name>} and deploys {@code war} there. */
    public static BenchServer prepare(String name, Path wildflyHome, Path war, Path dir, Path nodeScript, int portOffset)
            throws IOException, InterruptedException {
        Path target = dir.resolve(name);
        run(List.of("bash", nodeScript.toString(), wildflyHome.toString(), target.toString()), dir.resolve(name + "-copy.log"));
        Path home = target.resolve(wildflyHome.getFileName());
        Files.copy(war, home.resolve("standalone/deployments/authgate.war"), StandardCopyOption.REPLACE_EXISTING);
        return new BenchServer(name, home, portOffset, dir.resolve(name + ".log"));
    }

    /**
     * Starts the server with {@code javaOpts} and the settings in its environment. Inherited {@code AUTHGATE_*}
     * variables are dropped (the test JVM carries the integration tests' ones) except the local connector's
     * {@code AUTHGATE_LOCAL_*}, which the hash ceiling reads too, and the secrets keys, without which no server
     * starts (the same for both servers on the one database).
     */
    public void start(String javaOpts, Map<String, String> settings) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(),
                "--read-only-server-config=standalone.xml",
                "-Djboss.socket.binding.port-offset=" + portOffset,
                "-Dauthgate.management.port=" + (9990 + portOffset),
                // Transaction ids must not collide between servers on one database (WFLYTX0013).
                "-Djboss.tx.node.id=" + name);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("AUTHGATE_") && !k.startsWith("AUTHGATE_LOCAL_")
                && !k.startsWith("AUTHGATE_SECRETS_"));
        env.remove("JBOSS_HOME");
        env.put("JAVA_OPTS", javaOpts);
        env.putAll(settings);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        process = builder.start();
    }

    /**
     * Waits until the server says it is ready ({@code /health/ready}, forwarded on the HTTP port to MicroProfile
     * Health: the database answers, start-up and the JIT warm-up are done), as a load balancer would; fails with the
     * end of the server log otherwise.
     */
    public void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited during start-up:\n" + tail());
            }
            // A failed deployment leaves the server running without the API: no use waiting for it.
            if (Files.readString(log).contains("started (with errors)")) {
                throw new IllegalStateException(name + " started with errors (full log: " + log + "):\n" + tail());
            }
            try (BenchConnection probe = new BenchConnection(http())) {
                if (probe.send("GET", READY, null).ok()) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " did not start in " + START_TIMEOUT + ":\n" + tail());
    }

    /**
     * Kills the server's JVM with SIGKILL ({@code kill -9}): no shutdown hook, no transaction finished, nothing
     * flushed; returns once it is gone.
     */
    public void kill() throws InterruptedException, java.util.concurrent.ExecutionException {
        ProcessHandle jvm = jvm().orElseThrow(() -> new IllegalStateException("no JVM under " + name));
        jvm.destroyForcibly();
        jvm.onExit().get();
    }

    /** The server's plain HTTP address. */
    public java.net.URI httpUri() {
        return java.net.URI.create("http://localhost:" + (8080 + portOffset));
    }

    BenchTarget http() {
        return BenchTarget.http(8080 + portOffset);
    }

    BenchTarget https() {
        return BenchTarget.https(8443 + portOffset);
    }

    String name() {
        return name;
    }

    /**
     * VmRSS, VmHWM (peak), RssAnon (heap, metaspace, stacks, malloc) and RssFile (mapped files: the JDK's modules
     * image, libraries) of the server's JVM in KiB, from /proc.
     */
    Map<String, Long> memoryKib() throws IOException {
        long pid = jvm().orElseThrow(() -> new IllegalStateException("no JVM under " + name)).pid();
        Map<String, String> keys = Map.of("VmRSS:", "rss", "VmHWM:", "peak", "RssAnon:", "anon", "RssFile:", "file");
        Map<String, Long> kib = new java.util.TreeMap<>();
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            keys.forEach((prefix, key) -> {
                if (line.startsWith(prefix)) {
                    kib.put(key, kib(line));
                }
            });
        }
        return kib;
    }

    private static long kib(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    /**
     * Writes where the server's memory goes to {@code file}: the heap's generations and, when the server runs with
     * {@code -XX:NativeMemoryTracking=summary}, the JVM's native memory by category. The RSS figure alone cannot
     * tell a heap that grew from metaspace or thread stacks.
     */
    void writeMemoryDetails(Path file) throws IOException, InterruptedException {
        String pid = Long.toString(jvm().orElseThrow(() -> new IllegalStateException("no JVM under " + name)).pid());
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Path part = file.resolveSibling(file.getFileName() + ".part");
        StringBuilder all = new StringBuilder();
        for (String command : List.of("GC.heap_info", "VM.native_memory")) {
            // Not run(): jcmd's exit status is not the point here, whatever it says goes into the file.
            new ProcessBuilder(jcmd, pid, command).redirectErrorStream(true).redirectOutput(part.toFile()).start()
                    .waitFor();
            all.append("## jcmd ").append(command).append('\n').append(Files.readString(part)).append('\n');
        }
        Files.delete(part);
        Files.writeString(file, all);
    }

    /** The CPU time of this server's JVM. */
    CpuMeter cpu() {
        return new CpuMeter(jvm().stream().toList());
    }

    /** standalone.sh runs the JVM as its child; signals go to the JVM so that WildFly shuts down cleanly. */
    private Optional<ProcessHandle> jvm() {
        return process.descendants().filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .findFirst();
    }

    @Override
    public void close() throws InterruptedException {
        if (process == null) {
            return;
        }
        jvm().ifPresent(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        process = null;
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static void run(List<String> command, Path output) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(command + " failed:\n" + Files.readString(output));
        }
    }
}
