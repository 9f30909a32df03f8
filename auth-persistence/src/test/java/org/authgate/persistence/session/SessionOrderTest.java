package org.authgate.persistence.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.authgate.core.session.SessionSort;
import org.junit.jupiter.api.Test;

class SessionOrderTest {

    @Test
    void theDefaultIsNewestFirstWithTheIdBreakingTies() {
        assertThat(JpaSessionStore.orderBy(SessionSort.NEWEST_FIRST)).isEqualTo("s.createdAt DESC, s.id DESC");
    }

    @Test
    void everyFieldIsAnAttributeOfTheSessionEntityInBothDirectionsWithCreationThenIdBreakingTies() {
        for (SessionSort.Field field : SessionSort.Field.values()) {
            String ascending = JpaSessionStore.orderBy(new SessionSort(field, true));
            String attribute = ascending.substring(2, ascending.indexOf(' '));
            assertThat(Arrays.stream(SessionEntity.class.getFields()).map(f -> f.getName())).as(field.name())
                    .contains(attribute);
            String ties = field == SessionSort.Field.CREATED_AT ? "" : ", s.createdAt %1$s";
            assertThat(ascending).isEqualTo(("s." + attribute + " %1$s" + ties + ", s.id %1$s").formatted("ASC"));
            assertThat(JpaSessionStore.orderBy(new SessionSort(field, false)))
                    .isEqualTo(("s." + attribute + " %1$s" + ties + ", s.id %1$s").formatted("DESC"));
        }
    }
}
