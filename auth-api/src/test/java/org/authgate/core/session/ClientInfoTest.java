package org.authgate.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientInfoTest {

    @Test
    void ofTrimsOversizedValuesToTheirColumnSizes() {
        ClientInfo info = ClientInfo.of("c".repeat(500), "a".repeat(500), "u".repeat(5000), "d".repeat(50_000));

        assertThat(info.clientId()).hasSize(128);
        assertThat(info.remoteAddress()).hasSize(64);
        assertThat(info.userAgent()).hasSize(512);
        assertThat(info.deviceInfo()).hasSize(1024);
    }

    @Test
    void ofKeepsValuesThatFitAndStripsSurroundingSpace() {
        ClientInfo info = ClientInfo.of(" web-app ", "203.0.113.7", "Mozilla/5.0", "{\"os\":\"linux\"}");

        assertThat(info).isEqualTo(new ClientInfo("web-app", "203.0.113.7", "Mozilla/5.0", "{\"os\":\"linux\"}"));
    }

    @Test
    void blankValuesBecomeNull() {
        assertThat(ClientInfo.of("", "  ", null, "\t")).isEqualTo(ClientInfo.NONE);
    }

    @Test
    void withClientIdTrimsToo() {
        ClientInfo info = ClientInfo.of(null, "203.0.113.7", null, null).withClientId("x".repeat(200));

        assertThat(info.clientId()).hasSize(128);
        assertThat(info.remoteAddress()).isEqualTo("203.0.113.7");
    }
}
