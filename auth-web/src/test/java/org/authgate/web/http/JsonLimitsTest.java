package org.authgate.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonLimitsTest {
    private final JsonLimits limits = JsonLimits.of(32, 8192, 100);

    @Test
    void fiveThousandNestedArraysAreOverTheDepthNotAParserCrash() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertThatThrownBy(() -> limits.read(deep)).isInstanceOf(JsonLimits.Exceeded.class)
                .hasMessageContaining("32 levels");
    }

    @Test
    void aTruncatedDeepTextIsStillOverTheDepth() {
        assertThatThrownBy(() -> limits.check(new StringReader("{\"a\":" + "[".repeat(5000))))
                .isInstanceOf(JsonLimits.Exceeded.class);
    }

    @Test
    void depthUpToTheLimitIsRead() {
        String ok = "[".repeat(32) + "]".repeat(32);
        assertThat(limits.read(ok).getValueType()).isEqualTo(JsonValue.ValueType.ARRAY);
        assertThatThrownBy(() -> limits.read("[" + ok + "]")).isInstanceOf(JsonLimits.Exceeded.class);
    }

    @Test
    void longStringsAndKeysAreRefused() {
        String longText = "x".repeat(8193);
        assertThatThrownBy(() -> limits.read("{\"a\":\"" + longText + "\"}")).isInstanceOf(JsonLimits.Exceeded.class);
        assertThatThrownBy(() -> limits.read("{\"" + longText + "\":1}")).isInstanceOf(JsonLimits.Exceeded.class);
        assertThat(limits.read("{\"a\":\"" + "x".repeat(8192) + "\"}").asJsonObject()).containsKey("a");
    }

    @ParameterizedTest
    @CsvSource({"1e400, true", "1E+101, true", "1e-400, true", "-0.1e99999999999, true", "1e99, false",
            "123456789.123, false", "0, false", "-1.5e-3, false"})
    void numbersAreMeasuredWrittenOut(String number, boolean refused) {
        if (refused) {
            assertThatThrownBy(() -> limits.read("{\"n\":" + number + "}")).isInstanceOf(JsonLimits.Exceeded.class);
        } else {
            assertThatCode(() -> limits.read("{\"n\":" + number + "}")).doesNotThrowAnyException();
        }
    }

    @Test
    void aHundredAndOneDigitsAreRefused() {
        assertThatThrownBy(() -> limits.read("[" + "9".repeat(101) + "]")).isInstanceOf(JsonLimits.Exceeded.class);
        assertThat(limits.read("[" + "9".repeat(100) + "]").asJsonArray()).hasSize(1);
    }

    @Test
    void syntaxErrorsAreLeftToTheReader() {
        assertThat(limits.check(new StringReader("{\"login\": "))).isFalse();
        assertThat(limits.check(new StringReader("{\"x\":{\"a\":1"))).isFalse();
        assertThat(limits.check(new StringReader("{\"a\":1} {"))).isFalse();
        assertThat(limits.check(new StringReader("login=x&password=y"))).isFalse();
        assertThat(limits.check(new StringReader("{\"login\":[1,{\"a\":null}]}"))).isTrue();
        assertThatThrownBy(() -> limits.read("{\"login\": ")).isInstanceOf(JsonException.class)
                .isNotInstanceOf(JsonLimits.Exceeded.class);
    }

    @Test
    void aLimitAboveTheParsersOwnIsStillAClientError() {
        JsonLimits generous = JsonLimits.of(100_000, 8192, 100);
        assertThatThrownBy(() -> generous.read("[".repeat(5000) + "]".repeat(5000)))
                .isInstanceOf(JsonLimits.Exceeded.class);
    }
}
