package org.authgate.web.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The application's one datasource, configured in the server: the Jakarta EE default datasource, a name
 * every server binds (WildFly's configure.cli makes AuthgateDS the default binding, Payara's
 * configure.asadmin points jdbc/__default at its AuthgatePool), so the WAR names no server's JNDI tree.
 */
@ApplicationScoped
public class Database {
    public static final String JNDI_NAME = "java:comp/DefaultDataSource";

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
