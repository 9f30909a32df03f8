package org.authgate.web.cluster;

import java.net.URI;
import org.authgate.web.api.NativeApi;
import org.authgate.web.testing.HttpTestClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two servers on one PostgreSQL, as the tests see them: node A through the usual helper, node B beside it from the
 * same client address, both clocks put back after each test. Which servers they are is the subclass's:
 * {@link TwoNodesTest} (two WildFly nodes) or {@link MixedPairTest} (WildFly and Payara).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class NodePair {
    final NativeApi a = new NativeApi();
    final HttpTestClient b;

    NodePair(int nodeBPort) {
        b = HttpTestClient.at(URI.create("http://localhost:" + nodeBPort));
    }

    public NativeApi a() {
        return a;
    }

    public HttpTestClient b() {
        return b;
    }

    /** A request to node B from node A's client address (its X-Forwarded-For), so lockouts stay per test. */
    public HttpTestClient.Response onB(String method, String path, String json, String... headers) {
        String[] all = new String[headers.length + 2];
        System.arraycopy(headers, 0, all, 0, headers.length);
        all[headers.length] = "X-Forwarded-For";
        all[headers.length + 1] = a.address();
        return b.send(method, path, json, json == null ? null : "application/json", all);
    }

    @AfterEach
    void resetClocks() {
        a.resetClock();
        b.post("/test-support/clock/reset", "");
    }
}
