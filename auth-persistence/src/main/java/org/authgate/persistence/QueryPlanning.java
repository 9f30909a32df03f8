package org.authgate.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Makes PostgreSQL plan the console's searches and counts for the values they carry. The driver prepares a
 * statement on the server after a few runs and PostgreSQL may then keep one generic plan for every value:
 * for {@code event = $1} it assumes an average share of the rows and, under a LIMIT, reads the whole table to
 * find the few LOCKED_OUT rows an index would have given at once (ConsoleScaleIT saw it on 1,000,000 rows).
 * A search is rare, so planning it each time costs nothing; the token check, which runs all the time, keeps
 * its prepared plan.
 */
@ApplicationScoped
public class QueryPlanning {
    private volatile boolean postgres;

    /** Called once at start-up with the application's datasource. */
    public void detect(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            postgres = "PostgreSQL".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
        }
    }

    /** Whether the application's database is PostgreSQL (known after {@link #detect}); the run command's is H2. */
    public boolean isPostgres() {
        return postgres;
    }

    /** For the rest of the caller's transaction (SET LOCAL); nothing outside one, nothing on H2. */
    public void planForTheseValues(EntityManager em) {
        if (postgres && em.isJoinedToTransaction()) {
            em.createNativeQuery("SET LOCAL plan_cache_mode = force_custom_plan").executeUpdate();
        }
    }
}
