package org.authgate.web.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The benchmark's own database, created fresh beside the test database on the same PostgreSQL, and the bulk seeding
 * the budget's sizes need. Seeded rows are filler (the token checks measured use tokens issued by the API); seeded
 * accounts all share one real Argon2id hash of the benchmark password, so logging in as any of them costs what a real
 * login costs.
 */
public record BenchDatabase(String url, String user, String password) {

    /** Drops and creates {@code name} on the server of {@code anyUrl} (a database the user can connect to). */
    public static BenchDatabase recreate(String anyUrl, String user, String password, String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(anyUrl, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        }
        int slash = anyUrl.lastIndexOf('/');
        int query = anyUrl.indexOf('?', slash);
        String url = anyUrl.substring(0, slash + 1) + name + (query < 0 ? "" : anyUrl.substring(query));
        return new BenchDatabase(url, user, password);
    }

    /** How a server reaches this database: the variables configure.cli's datasource reads. */
    public Map<String, String> serverEnvironment() {
        return Map.of("AUTHGATE_DB_URL", url, "AUTHGATE_DB_USER", user, "AUTHGATE_DB_PASSWORD", password,
                "AUTHGATE_DB_DRIVER", "postgresql");
    }

    /**
     * Accounts {@code bench-1} .. {@code bench-n} with the given stored hash, an Argon2id one (the scheme column of
     * migration V7 says so, as the application would write it).
     */
    void seedAccounts(int n, String passwordHash) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO accounts (id, tenant, username, username_lower, email, email_lower, password_hash,
                                      password_scheme, created_at, updated_at)
                SELECT gen_random_uuid(), 'default', 'bench-' || g, 'bench-' || g, 'bench-' || g || '@example.com',
                       'bench-' || g || '@example.com', ?, 'argon2id', now(), now()
                FROM generate_series(1, ?) g""")) {
            s.setString(1, passwordHash);
            s.setInt(2, n);
            s.executeUpdate();
        }
    }

    /** Live sessions now: active and not expired. */
    long liveSessions() throws SQLException {
        return count("SELECT count(*) FROM sessions WHERE state = 'ACTIVE' AND expires_at > now()");
    }

    long auditRows() throws SQLException {
        return count("SELECT count(*) FROM audit_records");
    }

    /**
     * Adds live filler sessions until {@code target} are live. Their token hashes are SHA-256 of strings nobody
     * sends, so no check ever finds one; they only make the tables and indexes the checks search that big.
     */
    void topUpSessions(long target) throws SQLException {
        long missing = target - liveSessions();
        long seeded = count("SELECT count(*) FROM sessions WHERE username LIKE 'seed-%'");
        if (missing > 0) {
            bulk("""
                    INSERT INTO sessions (id, tenant, connector, subject, username, dialect, token_format,
                                          access_token_hash, created_at, expires_at, refreshable_until, last_seen_at,
                                          lifetime_seconds, refreshable, state, version)
                    SELECT gen_random_uuid(), 'default', 'local', gen_random_uuid(), 'seed-' || g, 'native', 'OPAQUE',
                           encode(sha256(('authgate-bench-filler-' || g)::bytea), 'hex'), now(),
                           now() + interval '1 day', now() + interval '30 days', now(), 86400, true, 'ACTIVE', 0
                    FROM generate_series(?, ?) g""", seeded + 1, seeded + missing);
        }
    }

    /** Adds filler audit records (past logins) until the table holds {@code target} rows. */
    void topUpAudit(long target) throws SQLException {
        long have = auditRows();
        if (have < target) {
            bulk("""
                    INSERT INTO audit_records (id, at, event, outcome, tenant, connector, dialect, subject, username,
                                               session_id, remote_address, user_agent)
                    SELECT gen_random_uuid(), now() - g * interval '1 millisecond', 'LOGIN_SUCCEEDED', 'SUCCESS',
                           'default', 'local', 'native', gen_random_uuid(), 'seed-' || (g % 100000),
                           gen_random_uuid(), '10.0.0.1', 'authgate-bench'
                    FROM generate_series(?, ?) g""", have + 1, target);
        }
    }

    /** Empties the audit trail: the baseline of the audit-size comparison. Only ever on the benchmark's database. */
    void emptyAudit() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE audit_records");
        }
    }

    private void bulk(String insert, long from, long to) throws SQLException {
        // Batches of a million keep each transaction's WAL and memory bounded.
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(insert)) {
            for (long start = from; start <= to; start += 1_000_000) {
                s.setLong(1, start);
                s.setLong(2, Math.min(to, start + 999_999));
                s.executeUpdate();
            }
            try (Statement analyze = c.createStatement()) {
                analyze.execute("VACUUM ANALYZE");
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
