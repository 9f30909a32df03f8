package org.authgate.connectors.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class LocalConnectorConfigTest {

    @Test
    void defaultsAreOwaspArgon2idEightCharactersAndTheAuthgateIssuer() {
        LocalConnectorConfig config = LocalConnectorConfig.fromMap(Map.of());

        assertThat(config).isEqualTo(LocalConnectorConfig.defaults());
        assertThat(config.argon2()).isEqualTo(new Argon2Params(19456, 2, 1));
        assertThat(config.passwordMinLength()).isEqualTo(8);
        assertThat(config.totpIssuer()).isEqualTo("authgate");
    }

    @Test
    void readsEveryKey() {
        LocalConnectorConfig config = LocalConnectorConfig.fromMap(Map.of(
                "authgate.local.argon2.memory-kib", "65536",
                "authgate.local.argon2.iterations", " 3 ",
                "authgate.local.argon2.parallelism", "4",
                "authgate.local.password.min-length", "12",
                "authgate.local.totp.issuer", " ACME Co "));

        assertThat(config).isEqualTo(new LocalConnectorConfig(65536, 3, 4, 12, "ACME Co"));
    }

    @Test
    void readsMicroProfileConfig() {
        Map<String, String> values = Map.of("authgate.local.argon2.iterations", "5");
        Config config = (Config) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Config.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getOptionalValue")) {
                        return Optional.ofNullable(values.get((String) args[0]));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });

        assertThat(LocalConnectorConfig.from(config).argon2Iterations()).isEqualTo(5);
        assertThat(LocalConnectorConfig.from(config).argon2MemoryKib()).isEqualTo(19456);
    }

    @Test
    void refusesValuesThatWouldWeakenOrBreakHashing() {
        assertRefused("authgate.local.argon2.memory-kib", "8191");
        assertRefused("authgate.local.argon2.memory-kib", "lots");
        assertRefused("authgate.local.argon2.iterations", "0");
        assertRefused("authgate.local.argon2.parallelism", "0");
        assertRefused("authgate.local.password.min-length", "7");
        assertRefused("authgate.local.password.min-length", "1025");
        assertRefused("authgate.local.totp.issuer", "ACME:Co");
        assertRefused("authgate.local.totp.issuer", "  ");
    }

    @Test
    void acceptsTheSmallestAllowedValues() {
        LocalConnectorConfig config = LocalConnectorConfig.fromMap(Map.of(
                "authgate.local.argon2.memory-kib", "8192", "authgate.local.argon2.iterations", "1"));

        assertThat(config.argon2()).isEqualTo(new Argon2Params(8192, 1, 1));
    }

    private static void assertRefused(String key, String value) {
        assertThatThrownBy(() -> LocalConnectorConfig.fromMap(Map.of(key, value)))
                .as("%s=%s", key, value)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(key);
    }
}
