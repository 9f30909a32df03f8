package org.authgate.web.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The phases of one run, what else it observed, the budget computed from them, as a table and as JSON. */
final class BenchReport {
    static final String HASH = "argon2id hash ceiling";
    static final String LOGIN_NATIVE = "login native";
    static final String LOGIN_KUZZLE = "login kuzzle";
    static final String LOGIN_AZAUTH = "login azauth";
    static final String CHECK_OPAQUE = "check native opaque";
    static final String CHECK_JWT = "check native jwt";
    static final String CHECK_WAZO = "check wazo opaque (https)";
    static final String REFRESH = "refresh native (rotation)";
    static final String PING = "trivial ping";
    static final String PING_TLS = "trivial ping (https)";
    static final String CHECK_SMALL = "check opaque, few sessions, empty audit";
    static final String CHECK_RSS = "check opaque, rss sessions";
    static final String CHECK_LARGE = "check opaque, many sessions, empty audit";
    static final String CHECK_LARGE_AUDIT = "check opaque, many sessions, large audit";
    static final String ONE_NODE = "check opaque, one node";
    static final String TWO_NODES = "check opaque, two nodes";

    private final List<PhaseResult> phases = new ArrayList<>();
    private final Map<String, Object> facts = new LinkedHashMap<>();
    private WarmupCurve curve;

    void add(PhaseResult phase) {
        phases.add(phase);
        System.out.printf("[bench] %s%n", row(phase));
    }

    void fact(String key, Object value) {
        facts.put(key, value);
        System.out.printf("[bench] %s = %s%n", key, value);
    }

    /** The cold server's check curve, measured before any warm-up; judged against {@link #CHECK_OPAQUE} later. */
    void curve(WarmupCurve measured) {
        curve = measured;
        measured.windows().forEach(w -> System.out.printf("[bench] %s%n", row(w)));
        fact("curve.start-after-ready-ms", measured.startAfterReadyMillis());
    }

    Optional<WarmupCurve> curve() {
        return Optional.ofNullable(curve);
    }

    List<PhaseResult> phases() {
        return List.copyOf(phases);
    }

    Optional<PhaseResult> phase(String name) {
        return phases.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The budget's lines for which this run has both sides. */
    List<BudgetLine> budget() {
        List<BudgetLine> lines = new ArrayList<>();
        for (String login : List.of(LOGIN_NATIVE, LOGIN_KUZZLE, LOGIN_AZAUTH)) {
            both(login, HASH).ifPresent(r -> lines.add(BudgetLine.atLeast(login + " / hash ceiling", r, 0.85)));
        }
        for (String check : List.of(CHECK_OPAQUE, CHECK_JWT, CHECK_WAZO)) {
            String trivial = check.equals(CHECK_WAZO) ? PING_TLS : PING;
            both(check, trivial).ifPresent(r -> lines.add(BudgetLine.atLeast(check + " / " + trivial, r, 0.50)));
            phase(check).ifPresent(p -> lines.add(BudgetLine.below(check + " p99", p.p99Millis(), 10, "ms")));
        }
        both(REFRESH, PING).ifPresent(r -> lines.add(BudgetLine.atLeast(REFRESH + " / " + PING, r, 0.25)));
        phase(REFRESH).ifPresent(p -> lines.add(BudgetLine.below(REFRESH + " p99", p.p99Millis(), 50, "ms")));
        compare(lines, "sessions " + facts.get("sessions.small") + " -> " + facts.get("sessions.large"),
                CHECK_SMALL, CHECK_LARGE);
        compare(lines, "audit rows " + facts.get("audit.empty") + " -> " + facts.get("audit.large"),
                CHECK_LARGE, CHECK_LARGE_AUDIT);
        if (curve != null) {
            phase(CHECK_OPAQUE).ifPresent(full -> {
                double seconds = curve.secondsToFullSpeed(full.rate());
                lines.add(seconds < 0
                        ? new BudgetLine("time to full speed (" + CHECK_OPAQUE + ")", "not reached",
                                "< 20 s", false)
                        : BudgetLine.below("time to full speed (" + CHECK_OPAQUE + ")", seconds, 20, "s"));
            });
        }
        if (facts.get("node-a.peak-kib") instanceof Long peak) {
            lines.add(BudgetLine.below("server peak RSS with " + facts.get("sessions.rss") + " live sessions",
                    peak / 1024.0, 512, "MiB"));
        }
        return lines;
    }

    private void compare(List<BudgetLine> lines, String what, String before, String after) {
        Optional<PhaseResult> a = phase(before);
        Optional<PhaseResult> b = phase(after);
        if (a.isPresent() && b.isPresent()) {
            lines.add(BudgetLine.change("check rate, " + what, a.get().rate(), b.get().rate(), 0.10));
            lines.add(BudgetLine.change("check p50, " + what, a.get().p50Millis(), b.get().p50Millis(), 0.10));
        }
    }

    private Optional<Double> both(String numerator, String denominator) {
        return phase(numerator).flatMap(n -> phase(denominator).map(d -> n.rate() / d.rate()));
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("| %-42s | %5s | %9s | %8s | %8s | %8s | %6s | %10s | %10s |%n", "phase", "conns",
                "ok/s", "p50 ms", "p99 ms", "ok", "errors", "server CPU", "db CPU"));
        out.append(String.format("| %-42s | %5s | %9s | %8s | %8s | %8s | %6s | %10s | %10s |%n", "", "", "", "", "",
                "", "", "µs/req", "µs/req"));
        out.append(String.format("|%s|%s|%s|%s|%s|%s|%s|%s|%s|%n", "-".repeat(44), "-".repeat(7), "-".repeat(11),
                "-".repeat(10), "-".repeat(10), "-".repeat(10), "-".repeat(8), "-".repeat(12), "-".repeat(12)));
        phases.forEach(p -> out.append(row(p)).append('\n'));
        if (curve != null) {
            out.append('\n').append("cold start (").append(curve.startAfterReadyMillis())
                    .append(" ms after readiness), checks per window:\n\n");
            curve.windows().forEach(p -> out.append(row(p)).append('\n'));
        }
        out.append('\n');
        out.append(String.format("| %-60s | %-9s | %-17s | %-4s |%n", "budget line", "measured", "limit", "met"));
        out.append(String.format("|%s|%s|%s|%s|%n", "-".repeat(62), "-".repeat(11), "-".repeat(19), "-".repeat(6)));
        for (BudgetLine line : budget()) {
            out.append(String.format("| %-60s | %-9s | %-17s | %-4s |%n", line.line(), line.measured(), line.limit(),
                    line.met() ? "yes" : "NO"));
        }
        return out.toString();
    }

    private static String row(PhaseResult p) {
        return String.format("| %-42s | %5d | %9.1f | %8.2f | %8.2f | %8d | %6d | %10.0f | %10.0f |", p.name(),
                p.connections(), p.rate(), p.p50Millis(), p.p99Millis(), p.ok(), p.errors(), p.serverCpuMicros(),
                p.databaseCpuMicros());
    }

    void write(Path json) throws IOException {
        JsonArrayBuilder phaseArray = Json.createArrayBuilder();
        for (PhaseResult p : phases) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("name", p.name()).add("connections", p.connections())
                    .add("seconds", p.seconds()).add("ok", p.ok()).add("errors", p.errors())
                    .add("ratePerSecond", round(p.rate())).add("p50Millis", round(p.p50Millis()))
                    .add("p99Millis", round(p.p99Millis())).add("serverCpuMicrosPerRequest", round(p.serverCpuMicros()))
                    .add("databaseCpuMicrosPerRequest", round(p.databaseCpuMicros()));
            if (p.firstError() != null) {
                o.add("firstError", p.firstError());
            }
            phaseArray.add(o);
        }
        JsonObjectBuilder factObject = Json.createObjectBuilder();
        facts.forEach((k, v) -> {
            if (v instanceof Number n) {
                factObject.add(k, n.doubleValue() == n.longValue() ? Json.createValue(n.longValue())
                        : Json.createValue(n.doubleValue()));
            } else {
                factObject.add(k, String.valueOf(v));
            }
        });
        JsonArrayBuilder budgetArray = Json.createArrayBuilder();
        budget().forEach(b -> budgetArray.add(Json.createObjectBuilder().add("line", b.line())
                .add("measured", b.measured()).add("limit", b.limit()).add("met", b.met())));
        JsonObjectBuilder result = Json.createObjectBuilder().add("facts", factObject).add("phases", phaseArray);
        if (curve != null) {
            JsonArrayBuilder rates = Json.createArrayBuilder();
            for (double rate : curve.rates()) {
                rates.add(round(rate));
            }
            result.add("coldStart", Json.createObjectBuilder()
                    .add("startAfterReadyMillis", curve.startAfterReadyMillis())
                    .add("windowSeconds", curve.windows().isEmpty() ? 0 : curve.windows().get(0).seconds())
                    .add("ratesPerSecond", rates));
        }
        Files.createDirectories(json.getParent());
        try (Writer writer = Files.newBufferedWriter(json);
             JsonWriter out = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                     .createWriter(writer)) {
            out.writeObject(result.add("budget", budgetArray).build());
        }
    }

    private static double round(double value) {
        return Double.isNaN(value) ? -1 : Math.round(value * 100) / 100.0;
    }
}
