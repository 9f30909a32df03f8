package org.authgate.web.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * Runs the benchmark: with the smoke's tiny sizes in the test command (so the harness cannot rot), with the budget's
 * sizes under {@code -Pbench}. It asserts that the harness worked, never how fast the server was: timings on a shared
 * machine prove nothing, which is why the budget is judged from the ratios in the report instead.
 */
class HarnessBench {

    @Test
    void everyPhaseServesRequestsWithoutErrorsAndTheReportIsWritten() throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();

        BenchReport report = new Benchmark(settings).run();

        assertThat(settings.dir().resolve("report.json")).exists();
        assertThat(Files.size(settings.dir().resolve("report.json"))).isPositive();
        // curve-only (the loop for trying JVM options) runs the warmed check and the memory reading only
        assertThat(report.phases()).hasSize(settings.curveOnly() ? 2 : settings.twoNodes() ? 16 : 14);
        assertThat(report.phases()).allSatisfy(phase -> {
            assertThat(phase.ok()).as(phase.name() + " succeeded requests").isPositive();
            assertThat(phase.errors()).as(phase.name() + " errors (first: " + phase.firstError() + ")").isZero();
        });
        assertThat(report.curve()).hasValueSatisfying(curve -> assertThat(curve.windows()).isNotEmpty()
                .allSatisfy(window -> {
                    assertThat(window.ok()).as(window.name() + " succeeded requests").isPositive();
                    assertThat(window.errors()).as(window.name() + " errors (first: " + window.firstError() + ")")
                            .isZero();
                }));
        assertThat(report.budget()).isNotEmpty()
                .anySatisfy(line -> assertThat(line.line()).startsWith("time to full speed"));
    }
}
