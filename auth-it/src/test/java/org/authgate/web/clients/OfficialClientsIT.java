package org.authgate.web.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.authgate.web.api.NativeApi;
import org.authgate.web.testing.HttpTestClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platforms' official client SDKs run against this deployment: one JUnit test per
 * {@code src/test/node/*.test.js} file, each a Node.js {@code node --test} run that must pass ({@link NodeSuites}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfficialClientsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return NativeApi.deployment();
    }

    @BeforeAll
    static void installSdks() throws Exception {
        NodeSuites.install();
    }

    @TestFactory
    Stream<DynamicTest> eachOfficialClientPassesItsSuite() throws IOException {
        List<Path> suites = NodeSuites.all();
        assertThat(suites).as("node suites in " + NodeSuites.NODE_DIR).isNotEmpty();
        return suites.stream().map(suite -> DynamicTest.dynamicTest(suite.getFileName().toString(), () -> {
            int exit = NodeSuites.run(HttpTestClient.HTTP, HttpTestClient.HTTPS, suite.getFileName().toString());
            assertThat(exit).as(suite + " exit code (its output is above)").isZero();
        }));
    }
}
