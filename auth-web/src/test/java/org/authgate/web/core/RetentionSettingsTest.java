package org.authgate.web.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.authgate.core.retention.PurgeKind;
import org.authgate.core.retention.RetentionPolicy;
import org.authgate.web.MapConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetentionSettingsTest {
    private static final String[] PERIODS = {"ended-sessions-days", "refresh-tokens-days", "throttles-days",
        "audit-days"};

    @Test
    void theShippedDefaultsAreTheCoresDefaultsInBatchesOf500() throws IOException {
        RetentionSettings settings = new RetentionSettings(new MapConfig(shipped()));

        assertThat(settings.policy()).isEqualTo(RetentionPolicy.defaults());
        assertThat(settings.policy().audit()).as("the audit trail is kept forever").isEmpty();
        assertThat(settings.batchSize()).isEqualTo(500);
    }

    @Test
    void zeroKeepsEveryKindForever() throws IOException {
        Map<String, String> values = shipped();
        for (String period : PERIODS) {
            values.put(RetentionSettings.PREFIX + period, "0");
        }

        RetentionPolicy policy = new RetentionSettings(new MapConfig(values)).policy();

        for (PurgeKind kind : PurgeKind.values()) {
            assertThat(policy.cutoff(kind, Instant.now())).as(kind.label()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ended-sessions-days", "refresh-tokens-days", "throttles-days", "audit-days"})
    void aPeriodFromOneDayToAHundredYearsIsTakenAndItsCutoffComputes(String period) throws IOException {
        PurgeKind kind = PurgeKind.values()[Arrays.asList(PERIODS).indexOf(period)];
        for (String days : new String[] {"1", " 36500 "}) {
            RetentionPolicy policy = settings(period, days).policy();
            Duration expected = Duration.ofDays(Long.parseLong(days.trim()));
            assertThat(policy.periodOf(kind)).contains(expected);
            assertThat(policy.cutoff(kind, Instant.parse("2026-12-07T00:00:00Z")))
                    .contains(Instant.parse("2026-12-07T00:00:00Z").minus(expected));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "ended-sessions-days, -1", "ended-sessions-days, 36501", "ended-sessions-days, thirty",
        "refresh-tokens-days, -7", "refresh-tokens-days, 9223372036854775807", "refresh-tokens-days, 7.5",
        "throttles-days, -1", "throttles-days, 99999999999", "throttles-days, 1d",
        "audit-days, -1", "audit-days, 36501", "audit-days, ''",
    })
    void aPeriodOutOfRangeOrNoWholeNumberStopsTheDeploymentNamingTheKey(String period, String value) {
        assertThatThrownBy(() -> settings(period, value)).isInstanceOf(IllegalStateException.class)
                .hasMessage("invalid authgate configuration: authgate.retention." + period
                        + " must be 0 (keep forever) or a number of days up to 36500, not '" + value + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "10000"})
    void aBatchOfOneToTenThousandRowsIsTaken(String size) throws IOException {
        assertThat(settings("batch-size", size).batchSize()).isEqualTo(Integer.parseInt(size));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "10001", "2147483648", "many", "5e2"})
    void aBatchSizeOutOfRangeOrNoWholeNumberStopsTheDeploymentNamingTheKey(String size) {
        assertThatThrownBy(() -> settings("batch-size", size)).isInstanceOf(IllegalStateException.class)
                .hasMessage("invalid authgate configuration: authgate.retention.batch-size must be a number of rows"
                        + " from 1 to 10000, not '" + size + "'");
    }

    @Test
    void aMissingKeyIsNamed() throws IOException {
        Map<String, String> values = shipped();
        values.remove("authgate.retention.batch-size");

        assertThatThrownBy(() -> new RetentionSettings(new MapConfig(values)))
                .hasMessageContaining("authgate.retention.batch-size");
    }

    private static RetentionSettings settings(String name, String value) throws IOException {
        Map<String, String> values = shipped();
        values.put(RetentionSettings.PREFIX + name, value);
        return new RetentionSettings(new MapConfig(values));
    }

    /** The WAR's own defaults (META-INF/microprofile-config.properties), so a bad shipped value fails here. */
    private static Map<String, String> shipped() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = RetentionSettings.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            defaults.load(in);
        }
        Map<String, String> values = new HashMap<>();
        defaults.stringPropertyNames().stream().filter(k -> k.startsWith(RetentionSettings.PREFIX))
                .forEach(k -> values.put(k, defaults.getProperty(k)));
        assertThat(values).hasSize(5);
        return values;
    }
}
