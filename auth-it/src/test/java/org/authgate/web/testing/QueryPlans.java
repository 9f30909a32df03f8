package org.authgate.web.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The plans PostgreSQL actually ran for the server's queries, read from its own log: auto_explain is loaded
 * into every session of the test cluster (src/test/postgres/test-postgres.sh) but switched off; {@link #record}
 * switches it on for the whole cluster (ALTER SYSTEM + reload, so the server's pooled connections log too),
 * and {@link #stop} switches it off and returns each logged plan with the rows it read per table.
 *
 * <p>Needs a superuser (the private test cluster's user is one) and a cluster whose
 * {@code session_preload_libraries} holds auto_explain and which logs as {@code jsonlog}.
 */
public final class QueryPlans implements AutoCloseable {
    private final Connection admin;
    private final String logFile;
    private final long offset;

    private QueryPlans(Connection admin, String logFile, long offset) {
        this.admin = admin;
        this.logFile = logFile;
        this.offset = offset;
    }

    /** One executed statement: its text, its time, and the rows each of its scans read from each table. */
    public record Plan(String query, double millis, List<Scan> scans) {
        /** The most rows one scan read from {@code table} (returned and filtered out together). */
        public long mostRowsRead(String table) {
            return scans.stream().filter(s -> s.table().equals(table)).mapToLong(Scan::rowsRead).max().orElse(0);
        }

        public boolean touches(Set<String> tables) {
            return scans.stream().anyMatch(s -> tables.contains(s.table()));
        }
    }

    /** @param rowsRead rows the node produced plus those its filter removed, over all its loops */
    public record Scan(String table, String nodeType, String index, long rowsRead) {
    }

    public static QueryPlans record() throws SQLException {
        Connection c = TestDatabase.connect();
        try {
            String preload = single(c, "SHOW session_preload_libraries");
            String file = single(c, "SELECT pg_current_logfile('jsonlog')");
            if (!preload.contains("auto_explain") || file == null) {
                throw new IllegalStateException("the test database must load auto_explain in every session and log"
                        + " as jsonlog (session_preload_libraries = '" + preload + "', jsonlog file " + file
                        + "): the private cluster of src/test/postgres/test-postgres.sh does both");
            }
            try (Statement s = c.createStatement()) {
                s.execute("ALTER SYSTEM SET auto_explain.log_min_duration = 0");
                s.execute("ALTER SYSTEM SET auto_explain.log_analyze = on");
                s.execute("SELECT pg_reload_conf()");
            }
            // The reload reaches each backend at its next command; the first query after it is logged.
            Thread.sleep(500);
            return new QueryPlans(c, file, size(c, file));
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            c.close();
            throw new IllegalStateException(e);
        }
    }

    /** Switches the logging off and returns the plans of the statements that ran since {@link #record}. */
    public List<Plan> stop() throws SQLException {
        switchOff();
        String log;
        try (PreparedStatement s = admin.prepareStatement("SELECT pg_read_file(?, ?, ?)")) {
            s.setString(1, logFile);
            s.setLong(2, offset);
            s.setLong(3, size(admin, logFile) - offset);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                log = rs.getString(1);
            }
        }
        List<Plan> plans = new ArrayList<>();
        for (String line : log.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String message = read(line).getString("message", "");
            int at = message.indexOf("plan:\n");
            if (at >= 0 && message.startsWith("duration: ")) {
                double millis = Double.parseDouble(message.substring("duration: ".length(), message.indexOf(' ', 10)));
                JsonObject explained = read(message.substring(at + "plan:\n".length()));
                List<Scan> scans = new ArrayList<>();
                collect(explained.getJsonObject("Plan"), scans);
                plans.add(new Plan(explained.getString("Query Text", ""), millis, scans));
            }
        }
        return plans;
    }

    @Override
    public void close() throws SQLException {
        try {
            switchOff();
        } finally {
            admin.close();
        }
    }

    private void switchOff() throws SQLException {
        try (Statement s = admin.createStatement()) {
            s.execute("ALTER SYSTEM RESET auto_explain.log_min_duration");
            s.execute("ALTER SYSTEM RESET auto_explain.log_analyze");
            s.execute("SELECT pg_reload_conf()");
        }
    }

    private static void collect(JsonObject node, List<Scan> scans) {
        if (node.containsKey("Relation Name")) {
            long loops = node.getJsonNumber("Actual Loops") == null ? 1 : node.getJsonNumber("Actual Loops").longValue();
            long rows = number(node, "Actual Rows") + number(node, "Rows Removed by Filter")
                    + number(node, "Rows Removed by Index Recheck");
            scans.add(new Scan(node.getString("Relation Name"), node.getString("Node Type"),
                    node.getString("Index Name", null), rows * Math.max(1, loops)));
        }
        JsonValue children = node.get("Plans");
        if (children instanceof JsonArray array) {
            array.forEach(child -> collect(child.asJsonObject(), scans));
        }
    }

    private static long number(JsonObject node, String key) {
        return node.getJsonNumber(key) == null ? 0 : node.getJsonNumber(key).longValue();
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static long size(Connection c, String file) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT size FROM pg_stat_file(?)")) {
            s.setString(1, file);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
