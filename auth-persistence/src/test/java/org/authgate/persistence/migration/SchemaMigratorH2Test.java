package org.authgate.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The run command's database: every common migration applies on H2 in PostgreSQL mode, the PostgreSQL-only ones do not. */
class SchemaMigratorH2Test {

    @Test
    void theRunCommandsDatabaseMigratesWithoutThePostgresqlOnlyFiles() {
        JdbcDataSource h2 = new JdbcDataSource();
        // The run command's URL settings (configure.cli), in memory.
        h2.setURL("jdbc:h2:mem:migrator;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1");
        SchemaMigrator migrator = new SchemaMigrator(h2);

        assertThat(migrator.migrate()).isEqualTo(7);
        assertThat(migrator.migrate()).as("nothing left to apply").isZero();
    }
}
