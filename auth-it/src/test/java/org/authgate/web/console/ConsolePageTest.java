package org.authgate.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.authgate.web.api.NativeApi;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * What the console's page tests share: the deployment, the native API of a per-test client address, a
 * fresh browser per test named after it (for its screenshots), and the test clock put back afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class ConsolePageTest {
    static final String PASSWORD = "correct horse battery";
    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return NativeApi.deployment();
    }

    final NativeApi api = new NativeApi();
    ConsoleBrowser browser;

    @BeforeEach
    void openBrowser(TestInfo test) {
        browser = new ConsoleBrowser(getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());
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

    /** Signs the administrator in and opens a page of the navigation bar. */
    void signInAndOpen(String navigationId) {
        browser.signIn(NativeApi.ADMIN, NativeApi.ADMIN_PASSWORD);
        browser.click(By.id(navigationId));
        browser.waitFor(By.cssSelector("form .filters, #dashboard"));
        browser.shot(navigationId.replace("nav-", ""));
    }

    /**
     * Sets a filter field of {@code form} (types it, or picks the value of a drop-down), applies the filters and waits
     * for the table's report.
     */
    void filter(String form, String field, String value, String report) {
        browser.fill(By.id(form + ":" + field), value);
        browser.click(By.id(form + ":filter"));
        browser.waitForAjax(); // the report may read the same before and after
        waitForReport(form + ":table", report);
    }

    /** Sets a filter field of {@code form}, applies the filters and waits for the table to say nothing matches. */
    void filterToNothing(String form, String field, String value, String emptyMessage) {
        browser.fill(By.id(form + ":" + field), value);
        browser.click(By.id(form + ":filter"));
        browser.waitForText(By.id(form + ":table"), emptyMessage);
    }

    /** A time as the console's date pickers take it (UTC, to the minute). */
    /**
     * Types a time into a picker and closes its pop-up, then looks again on the next poll: a picker still closing the
     * previous pop-up (a busy machine) can drop the keys or put its old value back, and a filter applied then would
     * silently leave that bound open. The value must be seen to stay.
     */
    void pick(String picker, Instant time) {
        By input = By.id(picker + "_input");
        String text = pickerTime(time);
        browser.waitUntil(driver -> {
            WebElement field = driver.findElement(input);
            if (text.equals(field.getAttribute("value"))) {
                return true;
            }
            field.clear();
            field.sendKeys(text);
            field.sendKeys(Keys.ESCAPE);
            return false;
        });
    }

    static String pickerTime(Instant instant) {
        return PICKER.format(instant);
    }

    /** Waits for a paged table's report, e.g. "1-2 of 2", which shows that a filter was applied. */
    void waitForReport(String tableId, String report) {
        browser.waitForExactText(By.cssSelector("[id='" + tableId + "'] .ui-paginator-current"), report);
    }

    /** Signs the administrator in, finds {@code user} on the accounts page and opens their account page. */
    void openAccount(String user) {
        browser.signIn(NativeApi.ADMIN, NativeApi.ADMIN_PASSWORD);
        browser.click(By.id("nav-accounts"));
        browser.type(By.id("accounts:query"), user);
        browser.click(By.id("accounts:search"));
        browser.waitForAjax();
        By link = By.xpath("//a[.//span[contains(@class,'username') and normalize-space(text())='" + user + "']]");
        browser.waitFor(link);
        browser.click(link);
        browser.waitForExactText(By.id("account-username"), user);
        browser.shot("account-" + user.replaceAll("[^A-Za-z0-9]", ""));
    }
}
