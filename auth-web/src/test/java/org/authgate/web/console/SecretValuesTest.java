package org.authgate.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"authgate.dialect.365view.des-key", "AUTHGATE_DIALECT_365VIEW_DES_KEY",
            "AUTHGATE_DB_PASSWORD", "authgate.db.password", "authgate.dialect.oneentry.app-tokens",
            "AUTHGATE_DIALECT_ONEENTRY_APP_TOKENS", "authgate.ldap.bind-credentials", "authgate.x.client-secret",
            "authgate.x.access-token", "authgate.jwt.private-key", "AUTHGATE_BOOTSTRAP_ADMIN_PASSWORD"})
    void keysNamingASecretAreHidden(String name) {
        assertThat(SecretValues.isSecret(name)).isTrue();
        assertThat(SecretValues.shown(name, "s3cr3t")).isEqualTo(SecretValues.HIDDEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"authgate.session.token-format", "authgate.session.refresh-token-lifetime-seconds",
            "authgate.lockout.account.threshold", "authgate.dialect.wazo.xivo-uuid", "authgate.local.argon2.memory-kib",
            "authgate.dialect.kuzzle.strategies", "authgate.local.password.min-length",
            "AUTHGATE_LOCAL_PASSWORD_MIN_LENGTH", "authgate.jwt.key-rotation-days"})
    void otherKeysAreShown(String name) {
        assertThat(SecretValues.isSecret(name)).isFalse();
        assertThat(SecretValues.shown(name, "opaque")).isEqualTo("opaque");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jdbc:postgresql://db:5432/authgate?user=ag&password=hunter2&ssl=true|jdbc:postgresql://db:5432/authgate?user=ag&password=••••••&ssl=true",
            "jdbc:h2:file:./data;USER=sa;PASSWORD=x;MODE=PostgreSQL|jdbc:h2:file:./data;USER=sa;PASSWORD=••••••;MODE=PostgreSQL",
            "jdbc:postgresql://db/authgate|jdbc:postgresql://db/authgate"})
    void aPasswordInsideAValueIsCutOut(String value, String shown) {
        assertThat(SecretValues.shown("AUTHGATE_DB_URL", value)).isEqualTo(shown);
    }

    @org.junit.jupiter.api.Test
    void anEmptyOrMissingSecretShowsAsNotSet() {
        assertThat(SecretValues.shown("authgate.db.password", "")).isEmpty();
        assertThat(SecretValues.shown("authgate.db.password", null)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theEnvironmentFormOfAKeyIsMicroProfileConfigs() {
        assertThat(SettingsFacade.envForm("authgate.dialect.365view.des-key"))
                .isEqualTo("AUTHGATE_DIALECT_365VIEW_DES_KEY");
    }
}
