package org.authgate.web.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A PostgreSQL trigger that makes the database itself refuse every audit row about one user (its username, its
 * account id as the subject, or as the target of an administrator's action), while the object is open. Unlike a
 * Java exception before the insert, the row reaches the database when the server's transaction flushes, and the
 * database's refusal fails that flush or commit. Each refusal first takes a number from a sequence, which no
 * rollback gives back: {@link #rejections()} proves the insert really got there.
 *
 * <pre>{@code
 * try (AuditRejection rejected = AuditRejection.about(username, accountId)) { ... }
 * }</pre>
 */
public final class AuditRejection implements AutoCloseable {
    private static final String NAME = "authgate_it_reject_audit";
    private static final String COUNTER = "authgate_it_audit_rejections";

    private AuditRejection() {
    }

    /** Rejects the audit rows whose username is {@code username} or whose subject or target is {@code accountId}. */
    public static AuditRejection about(String username, String accountId) {
        UUID id = UUID.fromString(accountId); // also keeps the literal below a plain UUID
        String user = username.replace("'", "''");
        execute("CREATE SEQUENCE IF NOT EXISTS " + COUNTER,
                "CREATE OR REPLACE FUNCTION " + NAME + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                        + " PERFORM nextval('" + COUNTER + "');"
                        + " RAISE EXCEPTION 'audit row refused by the integration test''s trigger'; END $$",
                "DROP TRIGGER IF EXISTS " + NAME + " ON audit_records",
                "CREATE TRIGGER " + NAME + " BEFORE INSERT ON audit_records FOR EACH ROW WHEN (NEW.username = '"
                        + user + "' OR NEW.subject = '" + id + "'::uuid OR NEW.target = '" + id + "') EXECUTE FUNCTION "
                        + NAME + "()");
        return new AuditRejection();
    }

    /** How many audit rows the trigger has refused so far, over all tests of the run. */
    public static long rejections() {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE((SELECT last_value FROM pg_sequences"
                     + " WHERE sequencename = '" + COUNTER + "'), 0)")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Drops the trigger: audit rows about the user are written again. */
    @Override
    public void close() {
        execute("DROP TRIGGER IF EXISTS " + NAME + " ON audit_records");
    }

    private static void execute(String... statements) {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
