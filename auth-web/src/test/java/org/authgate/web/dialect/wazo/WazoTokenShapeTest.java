package org.authgate.web.dialect.wazo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.authgate.core.token.AccessTokenFormat;
import org.junit.jupiter.api.Test;

/** {@code authgate.dialect.wazo.token-shape}: wazo-auth's UUIDs by default, the core's 256-bit token on request. */
class WazoTokenShapeTest {

    @Test
    void uuidIsWazoAuthsShapeAndOpaqueTheCoresToken() {
        assertThat(WazoConfig.tokenFormat("uuid")).isEqualTo(AccessTokenFormat.OPAQUE_UUID);
        assertThat(WazoConfig.tokenFormat("opaque")).isEqualTo(AccessTokenFormat.OPAQUE);
    }

    @Test
    void anyOtherShapeStopsTheDeploymentNamingTheKey() {
        assertThatThrownBy(() -> WazoConfig.tokenFormat("jwt")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("authgate.dialect.wazo.token-shape");
        assertThatThrownBy(() -> WazoConfig.tokenFormat("UUID")).isInstanceOf(IllegalStateException.class);
    }
}
