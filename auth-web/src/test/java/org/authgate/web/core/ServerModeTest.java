package org.authgate.web.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ServerModeTest {

    @Test
    void unsetOrBlankIsDevelopmentAndTheValuesAreReadWhateverTheirCase() {
        assertThat(ServerMode.parse(Optional.empty())).isEqualTo(ServerMode.DEVELOPMENT);
        assertThat(ServerMode.parse(Optional.of(" "))).isEqualTo(ServerMode.DEVELOPMENT);
        assertThat(ServerMode.parse(Optional.of("development"))).isEqualTo(ServerMode.DEVELOPMENT);
        assertThat(ServerMode.parse(Optional.of(" Production "))).isEqualTo(ServerMode.PRODUCTION);
        assertThat(ServerMode.PRODUCTION.production()).isTrue();
        assertThat(ServerMode.DEVELOPMENT.production()).isFalse();
    }

    @Test
    void anyOtherValueStopsTheStartNamingTheKeyInsteadOfFallingBackToDevelopment() {
        assertThatThrownBy(() -> ServerMode.parse(Optional.of("prod"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("authgate.mode").hasMessageContaining("AUTHGATE_MODE").hasMessageContaining("'prod'");
    }

    @Test
    void theShippedConfigurationIsDevelopmentTheRunCommandsMode() throws IOException {
        Properties shipped = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            shipped.load(in);
        }

        assertThat(ServerMode.parse(Optional.ofNullable(shipped.getProperty(ServerMode.KEY))))
                .isEqualTo(ServerMode.DEVELOPMENT);
    }
}
