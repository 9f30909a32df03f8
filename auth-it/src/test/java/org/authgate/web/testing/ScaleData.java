package org.authgate.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fills the test database through {@code src/test/scale/fill.sql} (the same file an operator runs with psql),
 * once: a database that already holds the synthetic sessions is left as it is, so a rerun against a kept
 * database does not double it.
 */
public final class ScaleData {
    static final Path SCRIPT = Paths.get("src", "test", "scale", "fill.sql");

    private ScaleData() {
    }

    /** @return the seconds the fill took, 0 when the data was already there */
    public static double fill(long sessions, long auditRows) {
        try (Connection c = TestDatabase.connect()) {
            if (count(c, "SELECT count(*) FROM sessions WHERE tenant = 'scale'") >= sessions) {
                return 0;
            }
            String script = Files.readString(SCRIPT).replace(":sessions", Long.toString(sessions))
                    .replace(":audit_rows", Long.toString(auditRows));
            long start = System.nanoTime();
            try (Statement s = c.createStatement()) {
                for (String statement : statements(script)) {
                    s.execute(statement);
                }
            }
            return (System.nanoTime() - start) / 1e9;
        } catch (SQLException e) {
            throw new IllegalStateException("filling the database failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The script's statements: comment lines dropped, split at a ';' that ends a line. */
    static java.util.List<String> statements(String script) {
        StringBuilder body = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.stripLeading().startsWith("--")) {
                body.append(line).append('\n');
            }
        }
        return java.util.Arrays.stream(body.toString().split(";\\s*\n")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
