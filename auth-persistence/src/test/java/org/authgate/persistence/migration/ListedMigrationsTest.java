package org.authgate.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The migration list as each database sees it: PostgreSQL-only files are skipped on H2, the run command's. */
class ListedMigrationsTest {
    private final ClassLoader loader = ListedMigrationsTest.class.getClassLoader();

    @Test
    void postgresqlRunsEveryMigrationInOrder() {
        assertThat(new ListedMigrations(loader, "PostgreSQL").names()).containsExactly("V1__schema.sql",
                "V2__console_indexes.sql", "V3__session_sweeper.sql", "V4__console_filter_indexes.sql",
                "V5__session_change_notify.sql", "V6__secrets_at_rest.sql", "V7__password_scheme.sql",
                "V8__retention.sql");
    }

    @Test
    void h2SkipsWhatOnlyPostgresqlCanSay() {
        ListedMigrations h2 = new ListedMigrations(loader, "H2");
        assertThat(h2.names()).containsExactly("V1__schema.sql", "V2__console_indexes.sql",
                "V3__session_sweeper.sql", "V4__console_filter_indexes.sql", "V6__secrets_at_rest.sql",
                "V7__password_scheme.sql", "V8__retention.sql");
        assertThat(h2.getResource("V5__session_change_notify.sql")).as("not offered to Flyway").isNull();
    }

    @Test
    void everyListedFileIsThere() {
        ListedMigrations all = new ListedMigrations(loader, "PostgreSQL");
        assertThat(all.names()).allSatisfy(name -> assertThat(all.getResource(name).read()).isNotNull());
    }
}
