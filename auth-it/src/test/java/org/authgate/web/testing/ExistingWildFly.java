package org.authgate.web.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A WildFly as an operator has it before authgate arrives: the distribution from Maven Central unpacked as it is
 * (not configured by configure.cli), started with {@code bin/standalone.sh} and changed only through
 * {@code bin/jboss-cli.sh}, as an operator would. Settings (system properties, auth-it/pom.xml):
 * {@code authgate.it.wildfly-dist} (the zip), {@code authgate.it.existing-server.dir} (unpacked there afresh by
 * {@link #unpack}) and {@code .port-offset} (every port of the server moves by it; management is 9990 + it). The
 * server's console output goes to {@code console.log} beside the installation.
 */
public final class ExistingWildFly {
    private final Path home;
    private final int portOffset;
    private Process process;

    private ExistingWildFly(Path home, int portOffset) {
        this.home = home;
        this.portOffset = portOffset;
    }

    /** Unpacks the distribution into an empty directory (whatever an earlier run left there is deleted first). */
    public static ExistingWildFly unpack() {
        Path zip = Paths.get(required("authgate.it.wildfly-dist"));
        Path dir = Paths.get(required("authgate.it.existing-server.dir"));
        try {
            deleteTree(dir);
            Files.createDirectories(dir);
            Path home = null;
            try (ZipFile archive = new ZipFile(zip.toFile())) {
                Enumeration<? extends ZipEntry> entries = archive.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    Path target = dir.resolve(entry.getName()).normalize();
                    if (!target.startsWith(dir)) {
                        throw new IllegalStateException("entry outside the directory: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                        continue;
                    }
                    Files.createDirectories(target.getParent());
                    try (InputStream in = archive.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                    // zip entries carry no Unix mode that ZipFile reads: the scripts are made executable by name
                    if (entry.getName().endsWith(".sh")) {
                        target.toFile().setExecutable(true);
                    }
                    if (home == null) {
                        home = dir.resolve(dir.relativize(target).getName(0));
                    }
                }
            }
            return new ExistingWildFly(home, Integer.parseInt(required("authgate.it.existing-server.port-offset")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + zip + " into " + dir, e);
        }
    }

    public Path home() {
        return home;
    }

    public Path standaloneXml() {
        return home.resolve("standalone/configuration/standalone.xml");
    }

    /** The server's plain HTTP listener. */
    public URI http() {
        return URI.create("http://localhost:" + (8080 + portOffset));
    }

    /** The server's HTTPS listener (the stock one: a self-signed certificate for localhost). */
    public URI https() {
        return URI.create("https://localhost:" + (8443 + portOffset));
    }

    /**
     * Starts {@code bin/standalone.sh} with the test database's settings as system properties (as the ITs' servers
     * get them) and this JVM's environment (failsafe's AUTHGATE_* settings); returns once its HTTP port is open
     * (the CLI's operations wait for the rest of the boot). {@code systemProperties} ({@code -Dkey=value}) are the
     * operator's own settings.
     */
    public void start(String... systemProperties) {
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin/standalone.sh").toString(),
                "--properties=file:" + required("authgate.it.db.properties"),
                "-Djboss.socket.binding.port-offset=" + portOffset,
                // the /health forwarding's outbound destination is not moved by the offset (existing-server.cli)
                "-Dauthgate.management.port=" + managementPort()));
        command.addAll(List.of(systemProperties));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolveSibling("console.log").toFile()));
        builder.environment().put("JBOSS_HOME", home.toString());
        builder.environment().put("JAVA_OPTS", "-Xms64m -Xmx512m -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true");
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + home, e);
        }
        awaitListener();
    }

    /** Waits until the HTTP listener accepts connections (it opens once the boot is nearly done), 5 minutes at most. */
    private void awaitListener() {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped while booting; see " + home.resolveSibling("console.log"));
            }
            try (Socket socket = new Socket("localhost", 8080 + portOffset)) {
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
        }
        throw new IllegalStateException("the server did not open its HTTP port in 5 minutes; see "
                + home.resolveSibling("console.log"));
    }

    /**
     * Runs {@code jboss-cli.sh --connect} against this server with {@code arguments} (a {@code --command=...} or a
     * {@code --file=...}); fails when the CLI does, with its output.
     */
    public String cli(String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin/jboss-cli.sh").toString(), "--connect",
                "--controller=localhost:" + managementPort(), "--timeout=120000"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JBOSS_HOME", home.toString());
        builder.environment().remove("JAVA_OPTS");
        try {
            Process cli = builder.start();
            String output = new String(cli.getInputStream().readAllBytes());
            if (!cli.waitFor(5, TimeUnit.MINUTES) || cli.exitValue() != 0) {
                throw new IllegalStateException("jboss-cli " + List.of(arguments) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the CLI of " + home, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Shuts the server down (through the CLI, else by killing it); nothing when it was never started. */
    public void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        try {
            cli("--command=shutdown");
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (RuntimeException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private int managementPort() {
        return 9990 + portOffset;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
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
