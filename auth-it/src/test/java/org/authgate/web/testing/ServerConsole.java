package org.authgate.web.testing;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a server the tests started writes to its standard output (its console handler: what a container deployment
 * collects), captured while open. The managed Arquillian container copies the server process's output to this JVM's
 * {@code System.out} (arquillian.xml: outputToConsole=true), looking the stream up at each write; so replacing
 * {@code System.out} with a tee for a while sees every server line of that while (and anything this JVM prints
 * meanwhile, which the tests do not). Close it to restore the stream.
 */
public final class ServerConsole implements AutoCloseable {
    private final PrintStream original = System.out;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    private ServerConsole() {
    }

    /** Starts capturing now. */
    public static ServerConsole capture() {
        ServerConsole console = new ServerConsole();
        System.setOut(new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                console.original.write(b);
                synchronized (console.captured) {
                    console.captured.write(b);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                console.original.write(b, off, len);
                synchronized (console.captured) {
                    console.captured.write(b, off, len);
                }
            }
        }, true, StandardCharsets.UTF_8));
        return console;
    }

    /** The complete lines captured so far. */
    public List<String> lines() {
        String all;
        synchronized (captured) {
            all = captured.toString(StandardCharsets.UTF_8);
        }
        int end = all.lastIndexOf('\n');
        return end < 0 ? List.of() : all.substring(0, end).lines().toList();
    }

    /** The lines once one contains {@code text} (the copy runs on the container's thread), or after {@code wait}. */
    public List<String> linesOnce(String text, Duration wait) throws InterruptedException {
        Instant until = Instant.now().plus(wait);
        List<String> lines = lines();
        while (lines.stream().noneMatch(l -> l.contains(text)) && Instant.now().isBefore(until)) {
            Thread.sleep(100);
            lines = lines();
        }
        return lines;
    }

    @Override
    public void close() {
        System.setOut(original);
    }
}
