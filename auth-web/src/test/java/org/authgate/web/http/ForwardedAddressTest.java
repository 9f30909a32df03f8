package org.authgate.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForwardedAddressTest {
    private static final String PEER = "192.0.2.10";

    private static String address(int trustedProxies, String... headers) {
        return ForwardedAddress.of(PEER, Collections.enumeration(List.of(headers)), trustedProxies);
    }

    @Test
    void withNoTrustedProxyTheHeaderIsIgnored() {
        assertThat(address(0, "203.0.113.7")).isEqualTo(PEER);
        assertThat(address(0, "203.0.113.7, 198.51.100.1")).isEqualTo(PEER);
    }

    @Test
    void behindOneProxyTheClientWrittenLeftmostEntriesAreIgnored() {
        assertThat(address(1, "203.0.113.7")).isEqualTo("203.0.113.7");
        // A client sends its own X-Forwarded-For; the proxy appends the address it really saw.
        assertThat(address(1, "1.2.3.4, 203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(address(1, "1.2.3.4, 5.6.7.8,203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void behindTwoProxiesTheSecondEntryFromTheRightIsTheClient() {
        assertThat(address(2, "1.2.3.4, 203.0.113.7, 10.0.0.2")).isEqualTo("203.0.113.7");
    }

    @Test
    void severalHeadersAreOneList() {
        assertThat(address(1, "1.2.3.4", "203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(address(2, "1.2.3.4, 203.0.113.7", "10.0.0.2")).isEqualTo("203.0.113.7");
    }

    @Test
    void fewerEntriesThanProxiesGiveTheLeftmostTheyWrote() {
        assertThat(address(3, "203.0.113.7, 10.0.0.2")).isEqualTo("203.0.113.7");
    }

    @Test
    void noHeaderOrAnEmptyEntryFallsBackToThePeer() {
        assertThat(address(1)).isEqualTo(PEER);
        assertThat(address(1, "1.2.3.4, ")).isEqualTo(PEER);
        assertThat(ForwardedAddress.of(PEER, null, 1)).isEqualTo(PEER);
        assertThat(address(1, "x".repeat(100))).isEqualTo(PEER);
    }
}
