package org.authgate.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.session.SessionState;
import org.junit.jupiter.api.Test;

class CriteriaValuesTest {

    @Test
    void blankMeansAny() {
        assertThat(CriteriaValues.connector("  ")).isNull();
        assertThat(CriteriaValues.event("")).isNull();
        assertThat(CriteriaValues.instant("from", null)).isNull();
        assertThat(CriteriaValues.session(null)).isNull();
    }

    @Test
    void goodValuesBecomeTheCoresValueObjects() {
        assertThat(CriteriaValues.connector(" local ")).isEqualTo(ConnectorId.LOCAL);
        assertThat(CriteriaValues.state("REVOKED")).isEqualTo(SessionState.REVOKED);
        assertThat(CriteriaValues.event("LOGIN_FAILED")).isEqualTo(AuditEvent.LOGIN_FAILED);
        assertThat(CriteriaValues.instant("to", "2025-03-01T09:00:00Z")).isEqualTo(Instant.parse("2025-03-01T09:00:00Z"));
    }

    @Test
    void badValuesAreRefusedWithAMessageNamingTheField() {
        assertThatThrownBy(() -> CriteriaValues.tenant("no spaces")).isInstanceOf(InvalidCriteria.class)
                .hasMessage("tenant: not a valid tenant");
        assertThatThrownBy(() -> CriteriaValues.session("not-a-uuid")).isInstanceOf(InvalidCriteria.class)
                .hasMessage("session id: not a valid session id");
        assertThatThrownBy(() -> CriteriaValues.state("revoked")).isInstanceOf(InvalidCriteria.class)
                .hasMessageStartingWith("state: not one of [PENDING_SECOND_FACTOR, ACTIVE");
        assertThatThrownBy(() -> CriteriaValues.instant("from", "yesterday")).isInstanceOf(InvalidCriteria.class)
                .hasMessage("from: not a UTC time like 2025-03-01T09:00:00Z");
    }

    @Test
    void aRangeMustRunForwards() {
        Instant t = Instant.parse("2025-03-01T09:00:00Z");
        CriteriaValues.requireOrdered(t, t.plusSeconds(1));
        CriteriaValues.requireOrdered(null, t);
        assertThatThrownBy(() -> CriteriaValues.requireOrdered(t, t)).isInstanceOf(InvalidCriteria.class)
                .hasMessage("from: must be before to");
    }
}
