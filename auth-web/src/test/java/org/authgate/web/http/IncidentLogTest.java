package org.authgate.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.authgate.core.DatabaseOutage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IncidentLogTest {
    private static final String TOKEN_PATH = "/api/auth/0.1/token/Zq0xvT1Hn4Kk2pQe9sW3";

    private final Logger logger = Logger.getLogger(IncidentLog.class.getName());
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final IncidentLog log = new IncidentLog();

    @BeforeEach
    void capture() {
        logger.addHandler(capture);
        logger.setUseParentHandlers(false);
    }

    @AfterEach
    void release() {
        logger.removeHandler(capture);
        logger.setUseParentHandlers(true);
    }

    @Test
    void oneLinePerIncidentAndOneTracePerCause() {
        for (int i = 0; i < 100; i++) {
            log.record(outage(), "GET WazoAuthResource#check", TOKEN_PATH);
        }

        assertThat(records).hasSize(100);
        assertThat(records).filteredOn(r -> r.getThrown() != null).hasSize(1);
        LogRecord first = records.get(0);
        assertThat(first.getLevel()).isEqualTo(Level.WARNING);
        assertThat(first.getMessage()).contains("(database unavailable)").contains("GET WazoAuthResource#check")
                .contains("java.lang.RuntimeException; root cause java.sql.SQLException [SQLState 08001]: "
                        + "Connection to 127.0.0.1:55432 refused")
                .doesNotContain("could not open connection").doesNotContain("\n");
    }

    @Test
    void aBugIsSevereAndNamesItsRootCause() {
        String id = log.record(new IllegalStateException("wrapped", new NullPointerException("x was null")),
                "POST LoginResource#login", "/api/v1/login");

        LogRecord line = records.get(0);
        assertThat(line.getLevel()).isEqualTo(Level.SEVERE);
        assertThat(line.getMessage()).startsWith("incident " + id + " POST LoginResource#login: ")
                .contains("java.lang.IllegalStateException: wrapped")
                .contains("root cause java.lang.NullPointerException: x was null");
        assertThat(line.getThrown()).isNotNull();
    }

    @Test
    void theRequestPathIsCutOutOfMessagesAndMessagesStayOneShortLine() {
        log.record(new IllegalStateException("could not find " + TOKEN_PATH + "\n\tsecond line" + "x".repeat(1000)),
                "GET (no resource matched)", TOKEN_PATH);

        String line = records.get(0).getMessage();
        assertThat(line).doesNotContain("Zq0xvT1Hn4Kk2pQe9sW3").contains("<path>").doesNotContain("\n")
                .hasSizeLessThan(IncidentLog.MAX_MESSAGE_CHARS + 200);
    }

    @Test
    void thePoolRefusingAConnectionIsAnOutage() {
        // IronJacamar's "IJ000453: Unable to get managed connection" is a Jakarta Connectors ResourceException.
        assertThat(DatabaseOutage.isCauseOf(new RuntimeException(new SQLException("IJ031040",
                new ResourceException("IJ000453: Unable to get managed connection"))))).isTrue();
    }

    private static RuntimeException outage() {
        return new RuntimeException("could not open connection",
                new SQLException("Connection to 127.0.0.1:55432 refused", "08001"));
    }
}
