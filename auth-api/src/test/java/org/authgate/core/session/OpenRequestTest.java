package org.authgate.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenRequestTest {

    @Test
    void aSessionOpensActiveOrPendingOnly() {
        assertThatThrownBy(() -> new OpenRequest(Dialect.NATIVE, null, null, TokenGrant.ACCESS_ONLY, null, Map.of(),
                SessionState.REVOKED)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new OpenRequest(Dialect.NATIVE, null, null, TokenGrant.WITH_REFRESH_TOKEN, null, Map.of(),
                SessionState.PENDING_SECOND_FACTOR)).satisfies(r -> {
                    assertThat(r.refreshable()).isTrue();
                    assertThat(r.pendingSecondFactor()).isTrue();
                });
    }
}
