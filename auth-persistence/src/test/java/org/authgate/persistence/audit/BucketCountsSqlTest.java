package org.authgate.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's bucket query on H2 in PostgreSQL mode (the run command's database; the console ITs run
 * it on PostgreSQL): whole seconds decide the bucket, the range's end is exclusive, other events and
 * stored offsets do not matter.
 */
class BucketCountsSqlTest {
    private static final Instant FROM = Instant.parse("2025-03-01T09:00:00Z");

    @Test
    void rowsAreCountedInTheBucketTheirWholeSecondFallsIn() throws SQLException {
        try (Connection c = DriverManager.getConnection(
                "jdbc:h2:mem:buckets;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")) {
            c.createStatement().execute("CREATE TABLE audit_records (id UUID NOT NULL PRIMARY KEY,"
                    + " at TIMESTAMP(6) WITH TIME ZONE NOT NULL, event VARCHAR(48) NOT NULL)");
            // Seconds after FROM; .999 so that a rounding division or cast would move them a bucket on.
            for (long second : new long[] {0, 10, 299, 300, 3599, 3600, -1}) {
                insert(c, FROM.plusSeconds(second).plusMillis(999), "LOGIN_SUCCEEDED");
            }
            insert(c, FROM.plusSeconds(5), "LOGIN_FAILED");

            Map<Long, Long> counts = bucketCounts(c, "LOGIN_SUCCEEDED", 300, FROM.plusSeconds(3600));

            assertThat(counts).containsExactlyEntriesOf(new TreeMap<>(Map.of(0L, 3L, 1L, 1L, 11L, 1L)));
        }
    }

    private static void insert(Connection c, Instant at, String event) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_records VALUES (?, ?, ?)")) {
            s.setObject(1, UUID.randomUUID());
            s.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.ofHours(2)));
            s.setString(3, event);
            s.execute();
        }
    }

    private static Map<Long, Long> bucketCounts(Connection c, String event, long width, Instant to) throws SQLException {
        // JPA's numbered parameters as JDBC's plain ones.
        try (PreparedStatement s = c.prepareStatement(JpaAuditLog.BUCKET_COUNTS.replaceAll("\\?\\d", "?"))) {
            s.setLong(1, FROM.getEpochSecond());
            s.setLong(2, width);
            s.setString(3, event);
            s.setObject(4, OffsetDateTime.ofInstant(FROM, ZoneOffset.UTC));
            s.setObject(5, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
            Map<Long, Long> counts = new TreeMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getLong(1), rs.getLong(2));
                }
            }
            return counts;
        }
    }
}
