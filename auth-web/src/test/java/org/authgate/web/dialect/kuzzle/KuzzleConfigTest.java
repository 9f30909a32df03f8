package org.authgate.web.dialect.kuzzle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.authgate.core.connector.ConnectorId;
import org.authgate.web.MapConfig;
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
}
