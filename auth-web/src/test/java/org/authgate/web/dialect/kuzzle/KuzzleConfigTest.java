package org.authgate.web.dialect.kuzzle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.authgate.core.connector.ConnectorId;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.junit.jupiter.api.Test;

class KuzzleConfigTest {

    @Test
    void theDefaultsAreOnLocalOneHourAndTenLoginsPerSecond() {
        KuzzleConfig config = KuzzleConfig.from(new MapConfig(Map.of()));

        assertThat(config.enabled()).isTrue();
        assertThat(config.connectorOf("local")).contains(ConnectorId.LOCAL);
        assertThat(config.defaultExpiresIn()).isEqualTo(Duration.ofHours(1));
        assertThat(config.loginRate().attempts()).isEqualTo(10);
        assertThat(config.loginRate().per()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void strategiesMapToConnectorsInTheirOrderAndTheDialectCanBeSwitchedOff() {
        KuzzleConfig config = KuzzleConfig.from(new MapConfig(Map.of(
                "authgate.dialect.kuzzle.enabled", "false",
                "authgate.dialect.kuzzle.strategies", "ldap=corp-ldap, local=local",
                "authgate.dialect.kuzzle.default-expires-in", "12h")));

        assertThat(config.enabled()).isFalse();
        assertThat(config.strategies().keySet()).containsExactly("ldap", "local");
        assertThat(config.connectorOf("ldap")).contains(new ConnectorId("corp-ldap"));
        assertThat(config.strategyOf(new ConnectorId("corp-ldap"))).contains("ldap");
        assertThat(config.connectorOf("oauth")).isEmpty();
        assertThat(config.defaultExpiresIn()).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void badValuesStopTheDeploymentNamingTheKey() {
        assertThatThrownBy(() -> KuzzleConfig.from(new MapConfig(Map.of(
                "authgate.dialect.kuzzle.strategies", "local")))).hasMessageContaining("strategies");
        assertThatThrownBy(() -> KuzzleConfig.from(new MapConfig(Map.of(
                "authgate.dialect.kuzzle.default-expires-in", "soon")))).hasMessageContaining("default-expires-in");
        assertThatThrownBy(() -> KuzzleConfig.from(new MapConfig(Map.of(
                "authgate.dialect.kuzzle.logins-per-second", "0")))).hasMessageContaining("logins-per-second");
    }

    /** Just enough of MicroProfile Config over a map. */
    private record MapConfig(Map<String, String> values) implements Config {
        @Override
        public <T> T getValue(String name, Class<T> type) {
            return getOptionalValue(name, type).orElseThrow(() -> new NoSuchElementException(name));
        }

        @Override
        public ConfigValue getConfigValue(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
            String raw = values.get(name);
            if (raw == null) {
                return Optional.empty();
            }
            Object value = type == Boolean.class ? Boolean.valueOf(raw)
                    : type == Integer.class ? Integer.valueOf(raw) : raw;
            return Optional.of(type.cast(value));
        }

        @Override
        public Iterable<String> getPropertyNames() {
            return values.keySet();
        }

        @Override
        public Iterable<ConfigSource> getConfigSources() {
            return List.of();
        }

        @Override
        public <T> Optional<Converter<T>> getConverter(Class<T> forType) {
            return Optional.empty();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
        }
    }
}
