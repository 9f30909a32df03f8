package org.authgate.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.authgate.core.session.SessionSort;
import org.junit.jupiter.api.Test;

class SessionSortFieldsTest {

    @Test
    void aWhitelistedColumnSortsByItsFieldInTheAskedDirection() {
        assertThat(SessionSortFields.of(new TableSort("username", true)))
                .isEqualTo(new SessionSort(SessionSort.Field.USERNAME, true));
        assertThat(SessionSortFields.of(new TableSort("lastSeenAt", false)))
                .isEqualTo(new SessionSort(SessionSort.Field.LAST_SEEN_AT, false));
        assertThat(SessionSortFields.of(new TableSort("clientId", true)))
                .isEqualTo(new SessionSort(SessionSort.Field.CLIENT_ID, true));
    }

    @Test
    void noSortIsNewestFirst() {
        assertThat(SessionSortFields.of(null)).isEqualTo(SessionSort.NEWEST_FIRST);
    }

    @Test
    void anyOtherNameIsNewestFirstAndNeverReachesAQuery() {
        assertThat(SessionSortFields.of(new TableSort("accessTokenHash", true))).isEqualTo(SessionSort.NEWEST_FIRST);
        assertThat(SessionSortFields.of(new TableSort("s.id; DROP TABLE sessions", true)))
                .isEqualTo(SessionSort.NEWEST_FIRST);
        assertThat(SessionSortFields.of(new TableSort("USERNAME", true))).isEqualTo(SessionSort.NEWEST_FIRST);
    }
}
