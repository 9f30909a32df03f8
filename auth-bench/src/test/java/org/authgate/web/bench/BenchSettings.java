package org.authgate.web.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What one benchmark run does, from the test JVM's system properties (set by auth-bench/pom.xml: the smoke's tiny
 * sizes by default, the budget's sizes under -Pbench).
 *
 * @param seconds        measuring window of each load phase
 * @param warmup         warm-up before each window
 * @param connections    concurrent connections of every HTTP phase (the budget's 32)
 * @param accounts       seeded accounts the logins rotate over
 * @param smallSessions  live sessions of the small side of the session-count comparison (1,000)
 * @param rssSessions    live sessions when the server's memory is read (100,000)
 * @param largeSessions  live sessions of the large side (1,000,000)
 * @param largeAudit     audit rows of the large side of the audit comparison (10,000,000)
 * @param portOffsetA    port offset of node A (node B's is {@code portOffsetB}); distinct from the ITs' offsets
 * @param twoNodes       whether node B is started and the one-node/two-node phase runs
 * @param serverJvm      JAVA_OPTS of the benchmark servers: the run command's, so the memory figure is the real one
 * @param curve          how long the cold server's check curve runs, right after readiness (time to full speed)
 * @param curveWindow    the width of each window of that curve (5 s in the budget)
 * @param curveOnly      only the cold-start curve, the warmed check it is judged by and the memory reading: the quick
 *                       loop for trying JVM options ({@code -Dbench.curve-only=true -Dbench.server-jvm=...})
 */
record BenchSettings(Duration seconds, Duration warmup, int connections, int accounts, long smallSessions,
                     long rssSessions, long largeSessions, long largeAudit, int portOffsetA, int portOffsetB,
                     boolean twoNodes, String serverJvm, Path dir, Path wildflyHome, Path war, Path nodeScript,
                     String dbUrl, String dbUser, String dbPassword, Path dbPropertiesFile, Duration curve,
                     Duration curveWindow, boolean curveOnly) {

    static BenchSettings fromSystemProperties() {
        return new BenchSettings(
                Duration.ofSeconds(number("bench.seconds")),
                Duration.ofSeconds(number("bench.warmup")),
                (int) number("bench.connections"),
                (int) number("bench.accounts"),
                number("bench.sessions.small"),
                number("bench.sessions.rss"),
                number("bench.sessions.large"),
                number("bench.audit.large"),
                (int) number("bench.port-offset.a"),
                (int) number("bench.port-offset.b"),
                Boolean.parseBoolean(text("bench.two-nodes")),
                text("bench.server-jvm"),
                Path.of(text("bench.dir")),
                Path.of(text("jboss.home")),
                Path.of(text("authgate.war")),
                Path.of(text("bench.node-script")),
                text("authgate.db.url"),
                text("authgate.db.user"),
                text("authgate.db.password"),
                Path.of(text("authgate.it.db.properties")),
                Duration.ofSeconds(number("bench.curve.seconds")),
                Duration.ofSeconds(number("bench.curve.window")),
                Boolean.parseBoolean(text("bench.curve-only")));
    }

    private static String text(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + key + " is not set (see auth-bench/pom.xml)");
        }
        return value.strip();
    }

    private static long number(String key) {
        return Long.parseLong(text(key).replace("_", ""));
    }
}
