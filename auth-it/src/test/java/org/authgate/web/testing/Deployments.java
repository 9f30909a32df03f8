package org.authgate.web.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.authgate.web.testsupport.FailingConnector;
import org.authgate.web.testsupport.HangingConnector;
import org.authgate.web.testsupport.TestConnector;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test uses: the WAR the build produced
 * ({@code target/authgate.war}, context root "/"), imported as it is, plus whatever test-only classes a
 * test adds.
 *
 * <pre>{@code
 * @Deployment(testable = false)
 * static WebArchive deployment() {
 *     return Deployments.authgate(AdjustableClock.class, TestClockResource.class);
 * }
 * }</pre>
 *
 * The result is a plain ShrinkWrap {@link WebArchive}, so a test can also add resources
 * ({@code addAsResource}, {@code addAsWebInfResource}) before returning it. The WAR is built by
 * {@code package}, which Maven runs before the integration tests; from an IDE, build it first.
 */
public final class Deployments {
    /** The deployment's name on the server; WildFly takes the context root from jboss-web.xml. */
    public static final String ARCHIVE_NAME = "authgate.war";

    private Deployments() {
    }

    /**
     * The production WAR with {@code testClasses} added to {@code WEB-INF/classes}, and always the test connectors
     * {@link HangingConnector} and {@link FailingConnector}: the ITs' server enables them (AUTHGATE_CONNECTORS_ENABLED
     * in auth-it/pom.xml), and a WAR without them would not deploy there.
     */
    public static WebArchive authgate(Class<?>... testClasses) {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, ARCHIVE_NAME)
                .importFrom(warFile().toFile())
                .as(WebArchive.class)
                .addClasses(TestConnector.class, HangingConnector.class, FailingConnector.class);
        return testClasses.length == 0 ? war : war.addClasses(testClasses);
    }

    /** Where the built WAR is: system property {@code authgate.war} (set by failsafe), else target/authgate.war. */
    public static Path warFile() {
        Path war = Paths.get(System.getProperty("authgate.war", "target/authgate.war")).toAbsolutePath();
        if (!Files.isRegularFile(war)) {
            throw new IllegalStateException("No WAR at " + war + ": run `./mvnw package` (or verify) first");
        }
        return war;
    }
}
