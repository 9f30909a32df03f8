package org.authgate.web.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * JDBC access to the PostgreSQL the server under test uses, to check rows directly.
 *
 * <p>The settings are the system properties {@code authgate.db.url}, {@code authgate.db.user} and
 * {@code authgate.db.password}: src/test/postgres/test-postgres.sh writes them to
 * target/it/test-db.properties before the integration tests, failsafe loads that file into the test
 * JVM, and WildFly loads the same file (arquillian.xml), so both sides see the same database.
 */
public final class TestDatabase {
    public static final String URL = "authgate.db.url";
    public static final String USER = "authgate.db.user";
    public static final String PASSWORD = "authgate.db.password";

    private TestDatabase() {
    }

    /** A new connection (auto-commit on); close it, e.g. with try-with-resources. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), setting(USER), setting(PASSWORD));
    }

    public static String url() {
        return setting(URL);
    }

    private static String setting(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("System property " + name + " is not set: run the integration tests"
                    + " through Maven (failsafe loads target/it/test-db.properties)");
        }
        return value;
    }
}
