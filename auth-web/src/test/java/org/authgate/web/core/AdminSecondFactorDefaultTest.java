package org.authgate.web.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The shipped configuration requires a second factor of administrators. (The IT server turns it off in its
 * environment; AdminSecondFactorIT and ConsoleSecondFactorIT turn it on there.)
 */
class AdminSecondFactorDefaultTest {

    @Test
    void theShippedConfigurationRequiresASecondFactorOfAdministrators() throws IOException {
        Properties shipped = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            shipped.load(in);
        }

        assertThat(shipped.getProperty(AdminSecondFactor.KEY)).isEqualTo("true");
    }
}
