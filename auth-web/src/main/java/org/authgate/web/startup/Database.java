package org.authgate.web.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The application's one datasource, configured in the server: the WAR's resource reference {@code jdbc/authgate}
 * (web.xml), which each server's descriptor maps to authgate's datasource (jboss-web.xml: AuthgateDS;
 * glassfish-web.xml: the resource jdbc/authgate on AuthgatePool). Not the server's default datasource, which on a
 * WildFly shared with other applications belongs to them.
 */
@ApplicationScoped
public class Database {
    public static final String JNDI_NAME = "java:comp/env/jdbc/authgate";

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    public DataSource dataSource() {
        return dataSource;
    }

    /** The JDBC driver's name of the database behind it: "PostgreSQL", "H2". */
    public String productName() throws SQLException {
        try (Connection c = dataSource().getConnection()) {
            return c.getMetaData().getDatabaseProductName();
        }
    }
}
