package org.authgate.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.authgate.web.api.NativeApi;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every browser test of the console shares: the deployment, the native API for setting up and checking,
 * and one fresh headless Chromium per test, closed (after a last screenshot) whatever the test did.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class ConsoleTest {
    static final String PASSWORD = "correct horse battery";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return NativeApi.deployment();
    }

    final NativeApi api = new NativeApi();
    ConsoleBrowser browser;

    @BeforeEach
    void openBrowser(TestInfo test) {
        browser = new ConsoleBrowser(test.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void closeBrowser() {
        // The browser is closed whatever else fails here, or its processes would outlive the test run.
        try {
            browser.shot("last");
            api.resetClock();
            // Every page of every test ran under the console's Content-Security-Policy: nothing it blocked.
            assertThat(browser.cspViolations()).as("scripts or styles the CSP blocked").isEmpty();
        } finally {
            browser.close();
        }
    }
}
