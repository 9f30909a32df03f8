package org.authgate.web.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * How fast a freshly started server answers token checks, window by window, before anything warmed it: the "time to
 * full speed" of issue 17. A server whose JIT is still compiling answers a fraction of its later rate; an operator who
 * restarts a node under load sees exactly this curve.
 *
 * <p>Each window is its own closed-loop {@link LoadRun} without warm-up, so the first window starts cold. Full speed
 * is not guessed from the curve itself (it may never flatten inside it) but taken from the same check measured later
 * on the warmed server; the time to full speed counts from readiness to the end of the first window that reaches
 * {@link #FULL_SPEED} of that rate, including the seconds between readiness and the curve's start (seeding, tokens).
 */
final class WarmupCurve {
    /** A window at 90 % of the warmed rate counts as full speed: the later rate itself is noisy by a few percent. */
    static final double FULL_SPEED = 0.90;

    private final List<PhaseResult> windows;
    private final Duration window;
    private final long startAfterReadyMillis;

    private WarmupCurve(List<PhaseResult> windows, Duration window, long startAfterReadyMillis) {
        this.windows = List.copyOf(windows);
        this.window = window;
        this.startAfterReadyMillis = startAfterReadyMillis;
    }

    /** Runs the curve now; {@code readyNanos} is the {@link System#nanoTime()} at which the server became ready. */
    static WarmupCurve measure(String name, int connections, Duration total, Duration window, long readyNanos,
                               IntFunction<BenchTarget> targetOf, IntFunction<BenchWorker> workerOf) {
        long startAfterReady = Duration.ofNanos(System.nanoTime() - readyNanos).toMillis();
        List<PhaseResult> windows = new ArrayList<>();
        for (Duration done = Duration.ZERO; done.compareTo(total) < 0; done = done.plus(window)) {
            Duration end = done.plus(window);
            windows.add(LoadRun.run(name + " " + done.toSeconds() + "-" + end.toSeconds() + " s", connections,
                    Duration.ZERO, window, targetOf, workerOf, CpuMeter.none(), CpuMeter.none()));
        }
        return new WarmupCurve(windows, window, startAfterReady);
    }

    List<PhaseResult> windows() {
        return windows;
    }

    long startAfterReadyMillis() {
        return startAfterReadyMillis;
    }

    /** Requests per second of each window, in order. */
    double[] rates() {
        return windows.stream().mapToDouble(PhaseResult::rate).toArray();
    }

    /**
     * Seconds from readiness to the end of the first window at {@link #FULL_SPEED} of {@code fullRate}; negative when
     * no window of the curve got there (the curve was too short, or the server never reached it).
     */
    double secondsToFullSpeed(double fullRate) {
        for (int i = 0; i < windows.size(); i++) {
            if (windows.get(i).rate() >= FULL_SPEED * fullRate) {
                return startAfterReadyMillis / 1000.0 + (i + 1) * window.toMillis() / 1000.0;
            }
        }
        return -1;
    }
}
