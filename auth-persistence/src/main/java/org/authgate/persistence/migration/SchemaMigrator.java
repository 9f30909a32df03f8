package org.authgate.persistence.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the latest version. Safe with several nodes starting at once: Flyway takes a
 * database lock (an advisory lock on PostgreSQL) around the migration.
 */
public final class SchemaMigrator {
    private final DataSource dataSource;

    public SchemaMigrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Returns how many migrations were applied now. */
    public int migrate() {
        ClassLoader loader = SchemaMigrator.class.getClassLoader();
        MigrateResult result = Flyway.configure(loader)
                .dataSource(dataSource)
                .resourceProvider(new ListedMigrations(loader, databaseProduct()))
                // No Java migrations: skip the class scan, which cannot read WildFly's VFS either.
                .javaMigrationClassProvider(List::of)
                .table("schema_history")
                .validateOnMigrate(true)
                .load()
                .migrate();
        return result.migrationsExecuted;
    }

    private String databaseProduct() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to migrate it", e);
        }
    }
}
