package org.authgate.web.dialect.kuzzle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Against the behaviour ms 2.1.3 documents and its own test suite checks. */
class MsTimespanTest {

    @ParameterizedTest(name = "ms(\"{0}\") = {1}")
    @CsvSource(delimiter = '|', value = {
            "100|100",
            "3600000|3600000",
            "1m|60000",
            "1h|3600000",
            "12h|43200000",
            "2d|172800000",
            "1d|86400000",
            "3w|1814400000",
            "1w|604800000",
            "1s|1000",
            "100ms|100",
            "1y|31557600000",
            "1.5h|5400000",
            "1   s|1000",
            ".5ms|0.5",
            "1.5H|5400000",
            "1H|3600000",
            "1D|86400000",
            "-100ms|-100",
            "-1.5h|-5400000",
            "-10.5h|-37800000",
            "-.5h|-1800000",
            "-1|-1",
            "53 milliseconds|53",
            "17 msecs|17",
            "1 sec|1000",
            "1 min|60000",
            "1 hr|3600000",
            "2 days|172800000",
            "1 week|604800000",
            "1 year|31557600000",
            "10 minutes|600000",
            "1.5 hours|5400000",
            "1 Minute|60000",
            "2 YRS|63115200000",
    })
    void parsesWhatMsParses(String text, double millis) {
        assertThat(MsTimespan.parse(text)).hasValue(millis);
    }

    @ParameterizedTest(name = "ms(\"{0}\") is undefined")
    @ValueSource(strings = {"", " ", "h", "12 h x", "1hours ", " 1h", "1e3", "☃", "10-.5", "ms", "1 fortnight",
            "1..5h", "--1", "+1h", "0x10", "1,5h", "NaN", "Infinity"})
    void refusesWhatMsRefuses(String text) {
        assertThat(MsTimespan.parse(text)).isEmpty();
    }

    @Test
    void nullIsUnparsable() {
        assertThat(MsTimespan.parse(null)).isEmpty();
    }

    @Test
    void inputOfMoreThanOneHundredCharactersIsRefusedEvenWhenWellFormed() {
        String hundred = "1".repeat(99) + "h";
        assertThat(MsTimespan.parse(hundred)).isPresent();
        assertThat(MsTimespan.parse("1" + hundred)).isEqualTo(OptionalDouble.empty());
    }
}
