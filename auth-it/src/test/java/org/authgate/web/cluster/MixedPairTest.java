package org.authgate.web.cluster;

import org.authgate.web.api.NativeApi;
import org.authgate.web.testing.PayaraDomain;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The mixed pair (issue 15): node A is the WildFly under test (Arquillian's default container, in the main run),
 * node B a Payara domain with the same test WAR, started for the class by {@link PayaraDomain} on the same
 * PostgreSQL. One Arquillian run takes one container adapter, so Payara is not an Arquillian container here but a
 * server started as an operator would, through the run command's script.
 */
@RunAsClient
abstract class MixedPairTest extends NodePair {

    MixedPairTest() {
        super(PayaraDomain.httpPort());
    }

    @Deployment(testable = false)
    public static WebArchive nodeA() {
        return NativeApi.deployment();
    }

    @BeforeAll
    static void startPayara() {
        PayaraDomain.startWith(NativeApi.deployment());
    }

    @AfterAll
    static void stopPayara() {
        PayaraDomain.stop();
    }
}
