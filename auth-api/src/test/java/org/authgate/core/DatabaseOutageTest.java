package org.authgate.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void connectionSqlStatesAnywhereInTheChainAreAnOutage() {
        assertThat(DatabaseOutage.isCauseOf(new IllegalStateException("tx",
                new RuntimeException(new SQLException("refused", "08001"))))).isTrue();
        assertThat(DatabaseOutage.isCauseOf(new SQLException("I/O error", "08006"))).isTrue();
        assertThat(DatabaseOutage.isCauseOf(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(DatabaseOutage.isCauseOf(new SQLException("crash shutdown", "57P02"))).isTrue();
        assertThat(DatabaseOutage.isCauseOf(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
    }

    @Test
    void jdbcConnectionTypesAreAnOutageWhateverTheirState() {
        assertThat(DatabaseOutage.isCauseOf(new RuntimeException(new SQLTransientConnectionException("x")))).isTrue();
        assertThat(DatabaseOutage.isCauseOf(new SQLNonTransientConnectionException("x"))).isTrue();
    }

    @Test
    void aNextExceptionCounts() {
        SQLException batch = new SQLException("batch failed", "XX000");
        batch.setNextException(new SQLException("gone", "08003"));
        assertThat(DatabaseOutage.isCauseOf(batch)).isTrue();
    }

    /** As JTA throws it when the connection dies at commit: no cause, the reason suppressed (issue 13, outage IT). */
    @Test
    void aSuppressedFailureCounts() {
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new IllegalStateException("IJ001156: Could not commit local transaction",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")));
        assertThat(DatabaseOutage.isCauseOf(rollback)).isTrue();

        Exception loop = new Exception("refers to itself");
        loop.addSuppressed(new IllegalStateException("back", loop));
        assertThat(DatabaseOutage.isCauseOf(loop)).isFalse();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseOutage.isCauseOf(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseOutage.isCauseOf(new SQLException("no state"))).isFalse();
        assertThat(DatabaseOutage.isCauseOf(new SQLException("query canceled", "57014"))).isFalse();
        assertThat(DatabaseOutage.isCauseOf(new IllegalStateException("bug", new NullPointerException()))).isFalse();
        assertThat(DatabaseOutage.isCauseOf(null)).isFalse();
    }
}
