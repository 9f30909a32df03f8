package org.authgate.web.bench;

import static org.authgate.web.bench.BenchReport.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.authgate.connectors.local.HashCeiling;

/**
 * One benchmark run, in the order that keeps its comparisons fair: the API phases on a small database first (the
 * checks and the ping, then the hash ceiling, the logins and the refresh on a warm server), then the session and
 * audit tables grown step by step under the same token check, then one node against two. Every phase of one run shares the machine's noise, so the budget's ratios hold even on a
 * busy machine.
 */
final class Benchmark {
    private final BenchSettings s;
    private final BenchReport report = new BenchReport();
    private CpuMeter serverCpu = CpuMeter.none();
    private CpuMeter databaseCpu = CpuMeter.none();
    /** Node A, whose peak memory is noted after start-up and after every phase: which phase raised it. */
    private BenchServer memoryProbe;

    Benchmark(BenchSettings settings) {
        this.s = settings;
    }

    /** Runs everything, writes {@code report.json} and {@code report.md} to the settings' directory. */
    BenchReport run() throws Exception {
        Files.createDirectories(s.dir());
        machineFacts();
        Map<String, String> local = localConnectorSettings();
        HashCeiling hashes = new HashCeiling(local);
        report.fact("hash", hashes.describe());
        BenchDatabase db = BenchDatabase.recreate(s.dbUrl(), s.dbUser(), s.dbPassword(), "authgate_bench");
        Map<String, String> env = db.serverEnvironment();
        try (BenchServer a = BenchServer.prepare("node-a", s.wildflyHome(), s.war(), s.dir(), s.nodeScript(),
                s.portOffsetA());
             BenchServer b = s.twoNodes() && !s.curveOnly() ? BenchServer.prepare("node-b", s.wildflyHome(), s.war(), s.dir(),
                     s.nodeScript(), s.portOffsetB()) : null) {
            // Both start at once (Flyway serialises the migration with a database lock); node B then idles until
            // the last phase, so no phase runs beside a starting server.
            long startNanos = System.nanoTime();
            a.start(s.serverJvm(), env);
            if (b != null) {
                b.start(s.serverJvm(), env);
            }
            a.awaitReady();
            long readyNanos = System.nanoTime();
            // What the warm-up before readiness costs: the start takes longer by about its length.
            report.fact("node-a.start-to-ready-ms", (readyNanos - startNanos) / 1_000_000);
            if (b != null) {
                b.awaitReady();
            }
            memoryProbe = a;
            notePeakMemory("start");
            databaseCpu = CpuMeter.postgresOf(s.dbPropertiesFile());
            db.seedAccounts(s.accounts(), hashes.hash(Workloads.PASSWORD));
            Workloads w = new Workloads(s.accounts());

            serverCpu = a.cpu();

            // One token per connection, from distinct accounts, issued by the API itself.
            List<String> opaque = tokens(i -> w.nativeToken(a.http(), i, "opaque"));
            List<String> jwt = tokens(i -> w.nativeToken(a.http(), s.connections() + i, "jwt"));
            List<String> wazo = tokens(i -> w.wazoToken(a.https(), 2L * s.connections() + i));
            // The cold curve first: nothing but the few logins above has run on the server yet.
            report.curve(WarmupCurve.measure("cold check native opaque", s.connections(), s.curve(), s.curveWindow(),
                    readyNanos, i -> a.http(), i -> Workloads.nativeCheck(opaque.get(i))));
            if (s.curveOnly()) {
                warm(a.http(), i -> Workloads.nativeCheck(opaque.get(i)));
                report.add(load(CHECK_OPAQUE, a.http(), i -> Workloads.nativeCheck(opaque.get(i))));
                db.topUpSessions(s.rssSessions());
                report.fact("sessions.rss", db.liveSessions());
                report.add(load(CHECK_RSS, a.http(), i -> Workloads.nativeCheck(opaque.get(i))));
                a.memoryKib().forEach((k, v) -> report.fact("node-a." + k + "-kib", v));
                return finish();
            }
            // One unmeasured round of every HTTP path first, three warm-ups long each: the JIT then compiles what the
            // phases share (JAX-RS, CDI, JTA, Hibernate) before any of them is measured. With one warm-up only, the
            // first check phase still ran at half the speed of the same check minutes later.
            warm(a.http(), i -> Workloads.nativeCheck(opaque.get(i)));
            warm(a.http(), i -> Workloads.nativeCheck(jwt.get(i)));
            warm(a.https(), i -> Workloads.wazoCheck(wazo.get(i)));
            warm(a.http(), i -> Workloads.ping());
            report.add(load(CHECK_OPAQUE, a.http(), i -> Workloads.nativeCheck(opaque.get(i))));
            report.add(load(CHECK_JWT, a.http(), i -> Workloads.nativeCheck(jwt.get(i))));
            report.add(load(CHECK_WAZO, a.https(), i -> Workloads.wazoCheck(wazo.get(i))));
            report.add(load(PING, a.http(), i -> Workloads.ping()));
            report.add(load(PING_TLS, a.https(), i -> Workloads.ping()));

            // The write paths after the read paths, each after an unmeasured round of its own: the server's JIT (C2
            // only, one compiler thread) takes minutes of mixed traffic to settle. Measured first, right after start-up,
            // the logins paid for it compiling the whole server: 40 logins/s at 46 ms of server CPU each, against 55/s
            // at 35 ms in the same run a few minutes later; a refresh measured before any login cost 1,300 µs of
            // server CPU against 730 µs after them. The hash ceiling right before the logins, so that both share the
            // machine's state.
            warm(a.http(), i -> w.nativeLogin(i, s.connections()));
            warm(a.http(), i -> w.kuzzleLogin(i, s.connections()));
            warm(a.http(), i -> w.azauthLogin(i, s.connections()));
            int cores = Runtime.getRuntime().availableProcessors();
            report.add(PhaseResult.of(HASH, cores, s.seconds().toNanos() / 1e9,
                    hashes.verifyNanos(cores, s.warmup(), s.seconds()), 0, null, -1, -1));
            report.add(load(LOGIN_NATIVE, a.http(), i -> w.nativeLogin(i, s.connections())));
            report.add(load(LOGIN_KUZZLE, a.http(), i -> w.kuzzleLogin(i, s.connections())));
            report.add(load(LOGIN_AZAUTH, a.http(), i -> w.azauthLogin(i, s.connections())));
            warm(a.http(), i -> w.refreshChain(a.http(), 3L * s.connections() + i));
            report.add(load(REFRESH, a.http(), i -> w.refreshChain(a.http(), 3L * s.connections() + i)));

            // The same check as the tables grow: few sessions and an empty audit trail, then the memory reading,
            // then many sessions, then a large audit trail.
            db.emptyAudit();
            db.topUpSessions(s.smallSessions());
            report.fact("sessions.small", db.liveSessions());
            report.fact("audit.empty", db.auditRows());
            report.add(load(CHECK_SMALL, a.http(), i -> Workloads.nativeCheck(opaque.get(i))));
            db.topUpSessions(s.rssSessions());
            report.fact("sessions.rss", db.liveSessions());
            report.add(load(CHECK_RSS, a.http(), i -> Workloads.nativeCheck(opaque.get(i))));
            a.memoryKib().forEach((k, v) -> report.fact("node-a." + k + "-kib", v));
            a.writeMemoryDetails(s.dir().resolve("node-a-memory.txt"));
            db.topUpSessions(s.largeSessions());
            report.fact("sessions.large", db.liveSessions());
            report.add(load(CHECK_LARGE, a.http(), i -> Workloads.nativeCheck(opaque.get(i))));
            db.topUpAudit(s.largeAudit());
            report.fact("audit.large", db.auditRows());
            report.add(load(CHECK_LARGE_AUDIT, a.http(), i -> Workloads.nativeCheck(opaque.get(i))));

            if (b != null) {
                report.add(load(ONE_NODE, a.http(), i -> Workloads.nativeCheck(opaque.get(i))));
                warm(b.http(), i -> Workloads.nativeCheck(opaque.get(i)));
                BenchTarget[] both = {a.http(), b.http()};
                report.add(LoadRun.run(TWO_NODES, s.connections(), s.warmup(), s.seconds(), i -> both[i % 2],
                        i -> Workloads.nativeCheck(opaque.get(i)), a.cpu().and(b.cpu()), databaseCpu));
                b.memoryKib().forEach((k, v) -> report.fact("node-b." + k + "-kib", v));
            }
        }
        return finish();
    }

    private BenchReport finish() throws java.io.IOException {
        report.write(s.dir().resolve("report.json"));
        String table = report.table();
        Files.writeString(s.dir().resolve("report.md"), table);
        System.out.println(table);
        return report;
    }

    private PhaseResult load(String name, BenchTarget target, IntFunction<BenchWorker> workers) {
        PhaseResult result = LoadRun.run(name, s.connections(), s.warmup(), s.seconds(), i -> target, workers,
                serverCpu, databaseCpu);
        notePeakMemory(name);
        return result;
    }

    /** VmHWM only grows: the phase after which it grew most is the one to look at for the memory budget. */
    private void notePeakMemory(String after) {
        try {
            report.fact("node-a.peak-kib.after " + after, memoryProbe.memoryKib().get("peak"));
        } catch (java.io.IOException | RuntimeException e) {
            report.fact("node-a.peak-kib.after " + after, -1L);
        }
    }

    private void warm(BenchTarget target, IntFunction<BenchWorker> workers) {
        LoadRun.run("warm-up", s.connections(), s.warmup().multipliedBy(3), Duration.ZERO, i -> target, workers,
                CpuMeter.none(), CpuMeter.none());
    }

    private List<String> tokens(IntFunction<String> issue) {
        return java.util.stream.IntStream.range(0, s.connections()).mapToObj(issue).toList();
    }

    private void machineFacts() throws java.io.IOException {
        report.fact("date", Instant.now().toString());
        report.fact("cores", Runtime.getRuntime().availableProcessors());
        String memTotal = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                .filter(l -> l.startsWith("MemTotal:")).findFirst().orElse("MemTotal: 0 kB");
        report.fact("memory-mib", Long.parseLong(memTotal.replaceAll("[^0-9]", "")) / 1024);
        report.fact("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        report.fact("server-jvm", s.serverJvm());
        report.fact("connections", s.connections());
        report.fact("seconds-per-phase", s.seconds().toSeconds());
    }

    /** The local connector's {@code AUTHGATE_LOCAL_*} settings, as MicroProfile Config names them. */
    private static Map<String, String> localConnectorSettings() {
        Map<String, String> settings = new HashMap<>();
        System.getenv().forEach((k, v) -> {
            if (k.startsWith("AUTHGATE_LOCAL_ARGON2_")) {
                settings.put("authgate.local.argon2." + k.substring("AUTHGATE_LOCAL_ARGON2_".length())
                        .toLowerCase().replace('_', '-'), v);
            }
        });
        return settings;
    }
}
