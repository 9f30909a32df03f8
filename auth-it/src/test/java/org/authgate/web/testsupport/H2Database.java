package org.authgate.web.testsupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import javax.sql.DataSource;
import org.authgate.web.startup.Database;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Test-only: the application's database is a real in-memory H2 (the jar added to the test WAR), as it is when a
 * server runs without AUTHGATE_DB_URL; the shared IT server's own datasource is PostgreSQL. Start-up asks it first,
 * so production mode refuses it before anything is written.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class H2Database extends Database {
    @Override
    public DataSource dataSource() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:authgate-production-check;MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        return h2;
    }
}
