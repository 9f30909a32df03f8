package org.authgate.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The server under test's log directory ({@code standalone/log} of {@code jboss.home}): how many bytes
 * {@code server.log} and its rotated copies hold together, so that a test measures the log's growth across
 * a size rotation too.
 */
public final class ServerLog {
    private ServerLog() {
    }

    public static Path directory() {
        return Path.of(System.getProperty("jboss.home", "target/wildfly"), "standalone", "log");
    }

    /** The bytes of server.log and every rotated server.log.* file. */
    public static long bytes() {
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(f -> f.getFileName().toString().startsWith("server.log")).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0; // rotated away between the listing and the size: its bytes are in the next file
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What server.log gained since it held {@code offset} bytes; all of it when it was rotated since. */
    public static String since(long offset) {
        try {
            byte[] log = Files.readAllBytes(directory().resolve("server.log"));
            int from = offset <= log.length ? (int) offset : 0;
            return new String(log, from, log.length - from, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The size of server.log now, for {@link #since}. */
    public static long size() {
        try {
            return Files.size(directory().resolve("server.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
