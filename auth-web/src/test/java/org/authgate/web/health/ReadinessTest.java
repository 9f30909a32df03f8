package org.authgate.web.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.authgate.web.startup.Database;
import org.authgate.web.startup.Startup;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Readiness asked before the start-up has finished answers DOWN without touching the datasource bean (created then,
 * before the deployment's naming context is bound, its lookup fails and WildFly logs an ERROR), and a check that
 * cannot even ask answers DOWN rather than throw.
 */
class ReadinessTest {
    private final AtomicInteger datasourceAsked = new AtomicInteger();

    /** The API's builder comes from the server (SmallRye Health); outside it, the API's plain response will do. */
    @BeforeAll
    static void responses() {
        HealthCheckResponse.setResponseProvider(() -> new HealthCheckResponseBuilder() {
            private String name;
            private HealthCheckResponse.Status status = HealthCheckResponse.Status.DOWN;
            private final Map<String, Object> data = new LinkedHashMap<>();

            @Override
            public HealthCheckResponseBuilder name(String value) {
                name = value;
                return this;
            }

            @Override
            public HealthCheckResponseBuilder withData(String key, String value) {
                return with(key, value);
            }

            @Override
            public HealthCheckResponseBuilder withData(String key, long value) {
                return with(key, value);
            }

            @Override
            public HealthCheckResponseBuilder withData(String key, boolean value) {
                return with(key, value);
            }

            private HealthCheckResponseBuilder with(String key, Object value) {
                data.put(key, value);
                return this;
            }

            @Override
            public HealthCheckResponseBuilder up() {
                return status(true);
            }

            @Override
            public HealthCheckResponseBuilder down() {
                return status(false);
            }

            @Override
            public HealthCheckResponseBuilder status(boolean up) {
                status = up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN;
                return this;
            }

            @Override
            public HealthCheckResponse build() {
                return new HealthCheckResponse(name, status, data.isEmpty() ? Optional.empty() : Optional.of(data));
            }
        });
    }

    private final Database database = new Database() {
        @Override
        public DataSource dataSource() {
            datasourceAsked.incrementAndGet();
            throw new IllegalStateException("WFLYWELD0049: no java:comp/env/jdbc/authgate yet");
        }
    };

    private static Startup startup(boolean finished) {
        return new Startup() {
            @Override
            public boolean finished() {
                return finished;
            }
        };
    }

    private DatabaseReadiness databaseReadiness(Startup startup) {
        DatabaseReadiness check = new DatabaseReadiness();
        check.database = database;
        check.startup = startup;
        return check;
    }

    @Test
    void beforeTheStartHasFinishedTheDatabaseCheckIsDownAndLeavesTheDatasourceAlone() {
        HealthCheckResponse response = databaseReadiness(startup(false)).call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData()).hasValueSatisfying(d -> assertThat(d).containsEntry("reason", "starting"));
        assertThat(datasourceAsked).hasValue(0);
    }

    @Test
    void aDatasourceThatFailsAfterTheStartIsDownNotAnException() {
        HealthCheckResponse response = databaseReadiness(startup(true)).call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(datasourceAsked).hasValue(1);
    }

    @Test
    void aStartupThatCannotBeAskedYetIsNotReady() {
        StartupReadiness check = new StartupReadiness();
        check.startup = new Startup() {
            @Override
            public boolean finished() {
                throw new IllegalStateException("not yet");
            }
        };

        assertThat(check.call().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        check.startup = startup(true);
        assertThat(check.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }
}
