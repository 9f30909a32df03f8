package org.authgate.web.cluster;

import org.authgate.web.api.NativeApi;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Two WildFly nodes (arquillian.xml group "two-nodes"), the same deployment on both; node B 100 ports up. */
@RunAsClient
abstract class TwoNodesTest extends NodePair {

    TwoNodesTest() {
        super(8080 + Integer.getInteger("authgate.it.node-b.port-offset", 100));
    }

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
}
