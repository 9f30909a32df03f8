package org.authgate.web.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Optional;
import org.authgate.core.session.Dialect;
import org.junit.jupiter.api.Test;

/** The warm-up's requests are left out of the metrics, and only for the request's own duration and thread. */
class UnmeasuredTest {
    private final Metrics metrics = new Metrics();

    @Test
    void nothingIsCountedDuringAnUnmeasuredRequestAndEverythingAfterIt() throws IOException {
        Unmeasured.<RuntimeException>during(() -> {
            metrics.timed(Operation.TOKEN_CHECK, Dialect.NATIVE, () -> "x", x -> "invalid");
            metrics.memory(false);
        });
        metrics.timed(Operation.TOKEN_CHECK, Dialect.NATIVE, () -> "x", x -> "valid");

        String text = metrics.exposition(new Gauges(0, Optional.empty()));
        assertThat(text).doesNotContain("outcome=\"invalid\"")
                .contains("authgate_token_check_seconds_count{dialect=\"native\",outcome=\"valid\"} 1\n")
                .contains("authgate_session_memory_misses_total 0\n");
    }

    @Test
    void theFlagIsGoneEvenWhenTheRequestFailed() {
        assertThatThrownBy(() -> Unmeasured.<IllegalStateException>during(() -> {
            throw new IllegalStateException("the request failed");
        })).isInstanceOf(IllegalStateException.class);

        metrics.memory(false);

        assertThat(metrics.exposition(new Gauges(0, Optional.empty())))
                .contains("authgate_session_memory_misses_total 1\n");
    }

    @Test
    void anotherThreadIsCountedMeanwhile() throws Exception {
        Unmeasured.<InterruptedException>during(() -> {
            Thread other = new Thread(() -> metrics.memory(true));
            other.start();
            other.join();
        });

        assertThat(metrics.exposition(new Gauges(0, Optional.empty())))
                .contains("authgate_session_memory_hits_total 1\n");
    }
}
