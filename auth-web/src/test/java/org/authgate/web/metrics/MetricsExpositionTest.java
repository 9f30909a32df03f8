package org.authgate.web.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.authgate.core.login.LoginOutcome;
import org.authgate.core.session.Dialect;
import org.junit.jupiter.api.Test;

/** The registry's text exposition, line by line, as Prometheus' parser (format 0.0.4) reads it. */
class MetricsExpositionTest {
    /** A sample line: name, optional labels with escaped values, a number Go's ParseFloat reads. */
    private static final Pattern SAMPLE = Pattern.compile(
            "[a-zA-Z_:][a-zA-Z0-9_:]*(\\{([a-zA-Z_][a-zA-Z0-9_]*=\"([^\"\\\\\\n]|\\\\[\\\\\"n])*\",?)*})? "
                    + "(NaN|[+-]Inf|-?[0-9]+(\\.[0-9]+)?(E-?[0-9]+)?)");

    private final Metrics metrics = new Metrics();

    @Test
    void aTimedCallIsOneObservationInEveryBucketFromItsDurationUp() {
        metrics.observe(Operation.LOGIN, Dialect.NATIVE, "success", 30_000_000); // 30 ms
        String text = metrics.exposition(new Gauges(0, Optional.empty()));

        assertThat(text).contains("# HELP authgate_login_seconds ", "# TYPE authgate_login_seconds histogram\n")
                .contains("authgate_login_seconds_bucket{dialect=\"native\",outcome=\"success\",le=\"0.025\"} 0\n")
                .contains("authgate_login_seconds_bucket{dialect=\"native\",outcome=\"success\",le=\"0.05\"} 1\n")
                .contains("authgate_login_seconds_bucket{dialect=\"native\",outcome=\"success\",le=\"10\"} 1\n")
                .contains("authgate_login_seconds_bucket{dialect=\"native\",outcome=\"success\",le=\"+Inf\"} 1\n")
                .contains("authgate_login_seconds_sum{dialect=\"native\",outcome=\"success\"} 0.03\n")
                .contains("authgate_login_seconds_count{dialect=\"native\",outcome=\"success\"} 1\n");
    }

    @Test
    void everyLineIsAHelpATypeOrASampleAndEveryFamilyIsDeclaredOnceBeforeItsSamples() {
        metrics.observe(Operation.TOKEN_CHECK, new Dialect("wazo"), "valid", 1_000);
        metrics.observe(Operation.TOKEN_CHECK, Dialect.NATIVE, "expired", 20_000_000_000L); // beyond every bound
        metrics.lockout(Dialect.NATIVE);
        metrics.memory(true);
        String text = metrics.exposition(new Gauges(7, Optional.of(new Gauges.Hashing(2, 1, 3))));

        assertThat(text).endsWith("\n");
        List<String> lines = Arrays.asList(text.split("\n"));
        List<String> declared = new java.util.ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("# HELP ")) {
                continue;
            }
            if (line.startsWith("# TYPE ")) {
                String family = line.split(" ")[2];
                assertThat(declared).as("declared once: " + family).doesNotContain(family);
                declared.add(family);
                continue;
            }
            assertThat(line).matches(SAMPLE);
            String name = line.split("[{ ]")[0];
            String family = declared.get(declared.size() - 1);
            assertThat(name).as("a sample follows its own family's TYPE line").matches(
                    Pattern.quote(family) + "(_bucket|_sum|_count)?");
        }
        assertThat(text).contains("authgate_token_check_seconds_bucket{dialect=\"native\",outcome=\"expired\",le=\"10\"} 0\n")
                .contains("authgate_token_check_seconds_bucket{dialect=\"native\",outcome=\"expired\",le=\"+Inf\"} 1\n")
                .contains("authgate_lockouts_total{dialect=\"native\"} 1\n")
                .contains("authgate_session_memory_hits_total 1\n", "authgate_session_memory_misses_total 0\n",
                        "authgate_session_memory_hit_ratio 1\n", "authgate_sessions_live 7\n",
                        "authgate_password_hashing_capacity 2\n", "authgate_password_hashing_busy 1\n",
                        "authgate_password_hashing_waiting 3\n");
    }

    @Test
    void beforeAnyCheckTheHitRatioIsNotANumberAndWithoutALocalConnectorThereIsNoHashingPool() {
        String text = metrics.exposition(new Gauges(0, Optional.empty()));

        assertThat(text).contains("authgate_session_memory_hit_ratio NaN\n").doesNotContain("authgate_password_hashing");
    }

    @Test
    void aDialectOutsideTheKnownSetIsOther() {
        metrics.observe(Operation.LOGOUT, new Dialect("made-up-by-someone"), "ended", 1);
        metrics.lockout(new Dialect("connector"));

        assertThat(metrics.exposition(new Gauges(0, Optional.empty())))
                .contains("authgate_logout_seconds_count{dialect=\"other\",outcome=\"ended\"} 1\n")
                .contains("authgate_lockouts_total{dialect=\"other\"} 1\n").doesNotContain("made-up");
    }

    @Test
    void aCallThatThrowsIsCountedAsAnErrorAndTheExceptionGoesOn() {
        assertThatThrownBy(() -> metrics.timed(Operation.REFRESH, Dialect.NATIVE, () -> {
            throw new IllegalStateException("database away");
        }, answer -> "success")).isInstanceOf(IllegalStateException.class);
        LoginOutcome refused = metrics.timed(Operation.LOGIN, new Dialect("kuzzle"),
                () -> new LoginOutcome.Refused(LoginOutcome.Refusal.INVALID_CREDENTIALS, Optional.empty()),
                Outcomes::login);

        assertThat(refused).isInstanceOf(LoginOutcome.Refused.class);
        assertThat(metrics.exposition(new Gauges(0, Optional.empty())))
                .contains("authgate_refresh_seconds_count{dialect=\"native\",outcome=\"error\"} 1\n")
                .contains("authgate_login_seconds_count{dialect=\"kuzzle\",outcome=\"invalid_credentials\"} 1\n");
    }

    @Test
    void labelValuesAndHelpTextsAreEscaped() {
        String text = new PrometheusText().family("x", "gauge", "a \\ b\nc")
                .sample("x", 1.5, "l", "q\"uote\\back\nline").text();

        assertThat(text).isEqualTo("# HELP x a \\\\ b\\nc\n# TYPE x gauge\nx{l=\"q\\\"uote\\\\back\\nline\"} 1.5\n");
    }

    @Test
    void numbersAreWrittenAsPrometheusReadsThem() {
        assertThat(PrometheusText.number(3)).isEqualTo("3");
        assertThat(PrometheusText.number(0.0025)).isEqualTo("0.0025");
        assertThat(PrometheusText.number(Double.POSITIVE_INFINITY)).isEqualTo("+Inf");
        assertThat(PrometheusText.number(Double.NaN)).isEqualTo("NaN");
        assertThatThrownBy(() -> new PrometheusText().sample("x", 1, "odd")).isInstanceOf(IllegalArgumentException.class);
    }
}
