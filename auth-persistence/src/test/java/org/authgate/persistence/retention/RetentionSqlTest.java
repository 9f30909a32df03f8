package org.authgate.persistence.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.authgate.core.retention.PurgeKind;
import org.authgate.persistence.migration.SchemaMigrator;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The purge's own statements on the run command's database: H2 2.2.224 (WildFly 39's h2 module, the version this
 * module tests with), with configure.cli's URL settings and the schema the migrations build. Each batch runs in its
 * own transaction, as the sweeper's unit of work runs it. RetentionIT runs the same statements on PostgreSQL.
 */
class RetentionSqlTest {
    private static final Instant CUTOFF = Instant.parse("2026-01-01T00:00:00Z");
    private static final Pattern NAMED = Pattern.compile(":([a-z]+)");

    private static JdbcDataSource h2;

    @BeforeAll
    static void migrate() {
        h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:retention;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        h2.setPassword("sa");
        new SchemaMigrator(h2).migrate();
    }

    @BeforeEach
    void empty() throws SQLException {
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("refresh_tokens", "sessions", "login_throttles", "audit_records")) {
                s.executeUpdate("DELETE FROM " + table);
            }
            s.executeUpdate(JpaRetentionStore.TALLY_ZERO);
        }
    }

    @Test
    void theDatabaseIsTheVersionWildFlyRuns() throws SQLException {
        try (Connection c = h2.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductVersion()).startsWith("2.2.224");
        }
    }

    @Test
    void endedSessionsGoOldestFirstInBatchesWithTheirRefreshTokensAndLiveOnesStay() throws SQLException {
        UUID oldest = session("LOGGED_OUT", CUTOFF.minus(Duration.ofDays(30)));
        UUID older = session("REVOKED", CUTOFF.minus(Duration.ofDays(20)));
        UUID old = session("EXPIRED", CUTOFF.minus(Duration.ofDays(10)));
        UUID recent = session("LOGGED_OUT", CUTOFF.plusSeconds(1));
        // Live states never go, whatever ended_at says.
        UUID active = session("ACTIVE", CUTOFF.minus(Duration.ofDays(40)));
        UUID pending = session("PENDING_SECOND_FACTOR", CUTOFF.minus(Duration.ofDays(40)));
        refreshToken(oldest, CUTOFF.plus(Duration.ofDays(30)));

        assertThat(purge(PurgeKind.SESSIONS, 2)).isEqualTo(2);
        assertThat(ids("sessions")).containsExactlyInAnyOrder(old, recent, active, pending).doesNotContain(oldest, older);
        assertThat(ids("refresh_tokens")).as("gone with its session (ON DELETE CASCADE)").isEmpty();
        assertThat(purge(PurgeKind.SESSIONS, 2)).isEqualTo(1);
        assertThat(purge(PurgeKind.SESSIONS, 2)).isZero();
        assertThat(ids("sessions")).containsExactlyInAnyOrder(recent, active, pending);
    }

    @Test
    void refreshTokensGoOnceExpiredBeforeTheCutoffWhateverTheirState() throws SQLException {
        UUID live = session("ACTIVE", null);
        UUID gone = refreshToken(live, CUTOFF.minusSeconds(1));
        UUID kept = refreshToken(live, CUTOFF.plusSeconds(1));

        assertThat(purge(PurgeKind.REFRESH_TOKENS, 10)).isEqualTo(1);
        assertThat(ids("refresh_tokens")).containsExactly(kept).doesNotContain(gone);
    }

    @Test
    void throttlesGoWhenTheirWindowStartedAndTheirLockEndedBeforeTheCutoff() throws SQLException {
        throttle("gone", CUTOFF.minusSeconds(60), null);
        throttle("lock-ended", CUTOFF.minusSeconds(60), CUTOFF.minusSeconds(1));
        throttle("still-locked", CUTOFF.minusSeconds(60), CUTOFF.plusSeconds(60));
        throttle("in-window", CUTOFF.plusSeconds(1), null);

        assertThat(purge(PurgeKind.THROTTLES, 10)).isEqualTo(2);
        assertThat(ids("login_throttles")).containsExactlyInAnyOrder("still-locked", "in-window");
    }

    @Test
    void aThrottleCountingAgainBetweenTheSelectAndTheDeleteStays() throws SQLException {
        throttle("revived", CUTOFF.minusSeconds(60), null);
        try (Connection sweep = h2.getConnection()) {
            sweep.setAutoCommit(false);
            List<Object> ids = new ArrayList<>();
            try (ResultSet rs = query(sweep, JpaRetentionStore.select(PurgeKind.THROTTLES, false),
                    Map.of("before", CUTOFF, "limit", 10))) {
                while (rs.next()) {
                    ids.add(rs.getObject(1));
                }
            }
            assertThat(ids).containsExactly("revived");
            // A failed login starts a new window on the row, and commits, before the batch deletes.
            insert("UPDATE login_throttles SET failures = 1, window_start = ? WHERE throttle_key = 'revived'",
                    at(CUTOFF.plusSeconds(1)));

            assertThat(execute(sweep, JpaRetentionStore.delete(PurgeKind.THROTTLES),
                    Map.of("ids", ids, "before", CUTOFF))).isZero();
            sweep.commit();
        }
        assertThat(ids("login_throttles")).containsExactly("revived");
    }

    /**
     * Why H2 gets no lock on the selection: its FOR UPDATE locks every row the query reads, before ORDER BY and LIMIT
     * apply. A batch of one locks all three due rows, and another transaction's SKIP LOCKED finds none, where
     * PostgreSQL would give it the other two. Should a later H2 lock only what it returns, this fails and the H2 path
     * can take the PostgreSQL statement.
     */
    @Test
    void h2sSkipLockedLocksEveryRowTheQueryReadsNotOnlyTheBatch() throws SQLException {
        for (int day = 1; day <= 3; day++) {
            audit(CUTOFF.minus(Duration.ofDays(day)));
        }
        String postgres = JpaRetentionStore.select(PurgeKind.AUDIT_RECORDS, true);
        try (Connection first = h2.getConnection(); Connection second = h2.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            assertThat(count(query(first, postgres, Map.of("before", CUTOFF, "limit", 1)))).isEqualTo(1);

            assertThat(count(query(second, postgres, Map.of("before", CUTOFF, "limit", 3)))).isZero();
            assertThat(count(query(second, JpaRetentionStore.select(PurgeKind.AUDIT_RECORDS, false),
                    Map.of("before", CUTOFF, "limit", 3)))).as("H2's statement, without a lock").isEqualTo(3);
            first.rollback();
            second.rollback();
        }
    }

    @Test
    void theTallyHoldsWhatCommittedBatchesRemovedUntilTakenOnce() throws SQLException {
        for (int i = 0; i < 3; i++) {
            audit(CUTOFF.minus(Duration.ofDays(1)));
        }
        throttle("gone", CUTOFF.minusSeconds(60), null);
        try (Connection rolledBack = h2.getConnection()) {
            rolledBack.setAutoCommit(false);
            assertThat(purgeAndCount(rolledBack, PurgeKind.AUDIT_RECORDS, 2)).isEqualTo(2);
            rolledBack.rollback();
        }
        assertThat(purge(PurgeKind.AUDIT_RECORDS, 2)).isEqualTo(2);
        assertThat(purge(PurgeKind.AUDIT_RECORDS, 2)).isEqualTo(1);
        assertThat(purge(PurgeKind.THROTTLES, 2)).isEqualTo(1);

        assertThat(takeTally()).containsExactly(Map.entry("audit_records", 3L), Map.entry("refresh_tokens", 0L),
                Map.entry("sessions", 0L), Map.entry("throttles", 1L));
        assertThat(takeTally()).as("taken once").allSatisfy((kind, purged) -> assertThat(purged).isZero());
    }

    /** One batch in its own transaction, as the sweeper's unit of work runs it. */
    private static int purge(PurgeKind kind, int limit) throws SQLException {
        try (Connection c = h2.getConnection()) {
            c.setAutoCommit(false);
            int removed = purgeAndCount(c, kind, limit);
            c.commit();
            return removed;
        }
    }

    /** What JpaRetentionStore.purge runs on H2. */
    private static int purgeAndCount(Connection c, PurgeKind kind, int limit) throws SQLException {
        List<Object> ids = new ArrayList<>();
        try (ResultSet rs = query(c, JpaRetentionStore.select(kind, false), Map.of("before", CUTOFF, "limit", limit))) {
            while (rs.next()) {
                ids.add(rs.getObject(1));
            }
        }
        if (ids.isEmpty()) {
            return 0;
        }
        int removed = execute(c, JpaRetentionStore.delete(kind), Map.of("ids", ids, "before", CUTOFF));
        if (removed > 0) {
            execute(c, JpaRetentionStore.TALLY_ADD, Map.of("removed", (long) removed, "kind", kind.label()));
        }
        return removed;
    }

    /** What JpaRetentionStore.takeTally runs. */
    private static Map<String, Long> takeTally() throws SQLException {
        try (Connection c = h2.getConnection()) {
            c.setAutoCommit(false);
            Map<String, Long> tally = new LinkedHashMap<>();
            try (ResultSet rs = c.prepareStatement(JpaRetentionStore.TALLY_TAKE).executeQuery()) {
                while (rs.next()) {
                    tally.put(rs.getString(1), rs.getLong(2));
                }
            }
            execute(c, JpaRetentionStore.TALLY_ZERO, Map.of());
            c.commit();
            return tally;
        }
    }

    private static int execute(Connection c, String sql, Map<String, Object> values) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, values)) {
            return s.executeUpdate();
        }
    }

    private static ResultSet query(Connection c, String sql, Map<String, Object> values) throws SQLException {
        PreparedStatement s = prepare(c, sql, values);
        s.closeOnCompletion();
        return s.executeQuery();
    }

    /** Binds named parameters as Hibernate does for a native query: each :name its value, a list one ? per element. */
    private static PreparedStatement prepare(Connection c, String sql, Map<String, Object> values)
            throws SQLException {
        List<Object> bound = new ArrayList<>();
        Matcher m = NAMED.matcher(sql);
        StringBuilder jdbc = new StringBuilder();
        while (m.find()) {
            Object value = values.get(m.group(1));
            List<?> each = value instanceof List<?> list ? list : List.of(value);
            m.appendReplacement(jdbc, String.join(", ", Collections.nCopies(each.size(), "?")));
            for (Object v : each) {
                bound.add(v instanceof Instant instant ? at(instant) : v);
            }
        }
        m.appendTail(jdbc);
        PreparedStatement s = c.prepareStatement(jdbc.toString());
        for (int i = 0; i < bound.size(); i++) {
            s.setObject(i + 1, bound.get(i));
        }
        return s;
    }

    private static int count(ResultSet rs) throws SQLException {
        try (rs) {
            int rows = 0;
            while (rs.next()) {
                rows++;
            }
            return rows;
        }
    }

    private static List<Object> ids(String table) throws SQLException {
        String id = table.equals("login_throttles") ? "throttle_key" : "id";
        try (Connection c = h2.getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT " + id + " FROM " + table)) {
            List<Object> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getObject(1));
            }
            return ids;
        }
    }

    private static UUID session(String state, Instant endedAt) throws SQLException {
        UUID id = UUID.randomUUID();
        OffsetDateTime created = at(CUTOFF.minus(Duration.ofDays(60)));
        insert("INSERT INTO sessions (id, tenant, connector, subject, dialect, token_format, access_token_hash,"
                + " created_at, expires_at, refreshable_until, last_seen_at, lifetime_seconds, refreshable, state,"
                + " ended_at) VALUES (?, 'default', 'local', ?, 'NATIVE', 'OPAQUE', ?, ?, ?, ?, ?, 3600, TRUE, ?, ?)",
                id, UUID.randomUUID(), hash(id), created, created, created, created, state,
                endedAt == null ? null : at(endedAt));
        return id;
    }

    private static UUID refreshToken(UUID session, Instant expiresAt) throws SQLException {
        UUID id = UUID.randomUUID();
        insert("INSERT INTO refresh_tokens (id, session_id, token_hash, state, created_at, expires_at)"
                + " VALUES (?, ?, ?, 'USED', ?, ?)", id, session, hash(id), at(expiresAt.minus(Duration.ofDays(1))),
                at(expiresAt));
        return id;
    }

    private static void throttle(String key, Instant windowStart, Instant lockedUntil) throws SQLException {
        insert("INSERT INTO login_throttles (throttle_key, failures, window_start, locked_until) VALUES (?, 1, ?, ?)",
                key, at(windowStart), lockedUntil == null ? null : at(lockedUntil));
    }

    private static UUID audit(Instant at) throws SQLException {
        UUID id = UUID.randomUUID();
        insert("INSERT INTO audit_records (id, at, event, outcome, dialect)"
                + " VALUES (?, ?, 'LOGIN_FAILED', 'FAILURE', 'NATIVE')", id, at(at));
        return id;
    }

    private static void insert(String sql, Object... values) throws SQLException {
        try (Connection c = h2.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    /** 64 characters, unique per row (the hash columns are unique). */
    private static String hash(UUID id) {
        return (id.toString().replace("-", "")).repeat(2);
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
