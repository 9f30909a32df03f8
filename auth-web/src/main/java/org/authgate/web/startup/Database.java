package org.authgate.web.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/** The application's one datasource, configured in the server (CLI scripts for WildFly). */
@ApplicationScoped
public class Database {
    public static final String JNDI_NAME = "java:jboss/datasources/AuthgateDS";

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    public DataSource dataSource() {
        return dataSource;
    }
}
