package org.authgate.web.api;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the black-box ITs of the native API and the dialects share: the deployment (the WAR plus the test-only
 * beans of {@link NativeApi#deployment()}), a {@link NativeApi} client, and the server's test clock put back
 * after each test, so a test that moves it cannot reach the next one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ApiTest {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return NativeApi.deployment();
    }

    protected final NativeApi api = new NativeApi();

    @AfterEach
    void resetServerClock() {
        api.resetClock();
    }
}
