package org.authgate.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LiveSessionsTest {
    private static final String ALICE = "7d4c2a8e-1f0b-4c39-9a55-2b6f0e3d1c11";

    @Test
    void theSentenceSaysHowManyLiveSessionsEnd() {
        assertThat(LiveSessions.sentence(new Count(0, false))).isEqualTo("The account has no live session.");
        assertThat(LiveSessions.sentence(new Count(1, false))).isEqualTo("The account's 1 live session ends.");
        assertThat(LiveSessions.sentence(new Count(3, false))).isEqualTo("The account's 3 live sessions end.");
        assertThat(LiveSessions.sentence(Count.of(Count.CAP + 1))).isEqualTo("The account's 10000+ live sessions end.");
    }

    @Test
    void anAccountThePageDidNotCountHasNone() {
        LiveSessions live = new LiveSessions(Map.of(ALICE, new Count(2, false)));
        assertThat(live.end(ALICE)).isEqualTo("The account's 2 live sessions end.");
        assertThat(live.end("another")).isEqualTo("The account has no live session.");
        assertThat(LiveSessions.NONE.end(ALICE)).isEqualTo("The account has no live session.");
    }
}
