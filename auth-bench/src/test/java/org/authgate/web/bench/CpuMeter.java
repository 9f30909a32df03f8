package org.authgate.web.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU time spent by some processes and their children (a server's JVM; PostgreSQL's postmaster and its backends).
 * Divided by the requests of a window, it is what one request costs each of them, a figure that, unlike a rate, does
 * not depend on what else the machine was running at the time.
 */
final class CpuMeter {
    private final List<ProcessHandle> roots;

    CpuMeter(List<ProcessHandle> roots) {
        this.roots = List.copyOf(roots);
    }

    static CpuMeter none() {
        return new CpuMeter(List.of());
    }

    /**
     * The private PostgreSQL cluster of src/test/postgres/test-postgres.sh, found through the state file it writes
     * beside the test database's properties; none when the tests use a database of their own.
     */
    static CpuMeter postgresOf(Path dbPropertiesFile) throws IOException {
        Path state = dbPropertiesFile.resolveSibling("postgres.state");
        if (!Files.isRegularFile(state)) {
            return none();
        }
        Optional<String> pgdata = Files.readAllLines(state).stream().filter(l -> l.startsWith("pgdata="))
                .map(l -> l.substring("pgdata=".length()).replace("'", "")).findFirst();
        if (pgdata.isEmpty() || !Files.isRegularFile(Path.of(pgdata.get(), "postmaster.pid"))) {
            return none();
        }
        long pid = Long.parseLong(Files.readAllLines(Path.of(pgdata.get(), "postmaster.pid")).get(0).strip());
        return new CpuMeter(ProcessHandle.of(pid).stream().toList());
    }

    /** Both meters' processes together (two nodes sharing the load). */
    CpuMeter and(CpuMeter other) {
        return new CpuMeter(Stream.concat(roots.stream(), other.roots.stream()).toList());
    }

    boolean measures() {
        return !roots.isEmpty();
    }

    /**
     * CPU time so far of the roots and every process below them, including those that ended: a PostgreSQL backend
     * that exits in a window (a pool closing an idle connection) would otherwise take its CPU time out of the sum
     * and make the window's figure negative.
     */
    long nanos() {
        long live = roots.stream().flatMap(r -> Stream.concat(Stream.of(r), r.descendants()))
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
        return live + roots.stream().mapToLong(CpuMeter::endedChildrenNanos).sum();
    }

    /**
     * cutime + cstime of /proc/PID/stat (fields 16 and 17): the CPU time of the children the process waited for
     * once they ended, which is how the postmaster reaps its backends. In clock ticks of 1/100 s (USER_HZ, fixed
     * at 100 in Linux's interface to user space).
     */
    private static long endedChildrenNanos(ProcessHandle process) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            // After "pid (comm) " the fields start at 3 (state), so field n is at index n - 3.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * 10_000_000L;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
