package org.authgate.web.cluster;

import java.net.URI;
import org.authgate.web.api.NativeApi;
import org.authgate.web.testing.HttpTestClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the two-node ITs share: the same deployment on node A and node B (arquillian.xml group "two-nodes"),
 * node A through the usual helper, node B beside it from the same client address, both clocks put back after
 * each test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class TwoNodesTest {

    @Deployment(name = "a", testable = false)
    @TargetsContainer("node-a")
    public static WebArchive nodeA() {
        return NativeApi.deployment();
    }

    @Deployment(name = "b", testable = false)
    @TargetsContainer("node-b")
    public static WebArchive nodeB() {
        return NativeApi.deployment();
    }

    /** Node A through the usual helper (its address header included), node B beside it. */
    final NativeApi a = new NativeApi();
    final HttpTestClient b = HttpTestClient.at(URI.create("http://localhost:"
            + (8080 + Integer.getInteger("authgate.it.node-b.port-offset", 100))));

    HttpTestClient.Response onB(String method, String path, String json, String... headers) {
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
