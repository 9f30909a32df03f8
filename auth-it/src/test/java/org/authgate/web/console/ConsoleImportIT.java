package org.authgate.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.authgate.web.api.NativeApi;
import org.authgate.web.testing.HttpTestClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The console's import page and the accounts page's hash column and filter, in headless Chromium: a file uploaded
 * in the browser is imported with its report (a bad row by its index and reason), its PBKDF2-SHA1 account is listed
 * as weak and its PBKDF2-SHA256 one as pending only, both under the "weak or pending" filter, and the weak one
 * leaves the filtered list once its first login through the native API has rehashed it to Argon2id.
 */
class ConsoleImportIT extends ConsolePageTest {

    @Test
    void anUploadedFileIsImportedAndItsWeakHashIsListedUntilTheFirstLoginRehashesIt() throws Exception {
        String weak = NativeApi.uniqueName("imp-sha1");
        String pending = NativeApi.uniqueName("imp-sha256");
        Path file = Files.createTempFile("authgate-console-import-", ".json");
        Files.writeString(file, "[" + row(weak, pbkdf2("PBKDF2WithHmacSHA1", "pbkdf2", 27_500)) + ", 42, "
                + row(pending, pbkdf2("PBKDF2WithHmacSHA256", "pbkdf2-sha256", 600_000)) + "]");

        signInAndOpen("nav-import");
        new Select(browser.driverElement(By.id("upload:format"))).selectByValue("accounts");
        browser.driverElement(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
        browser.click(By.id("upload:start"));
        browser.waitForExactText(By.id("imported"), "2");
        browser.shot("report");
        assertThat(browser.text(By.id("skipped"))).isEqualTo("0");
        assertThat(browser.text(By.id("failed"))).isEqualTo("1");
        assertThat(browser.text(By.id("rows-done"))).isEqualTo("3");
        assertThat(browser.text(By.cssSelector(".row-index"))).isEqualTo("1");
        assertThat(browser.text(By.cssSelector(".row-reason"))).isEqualTo("a row is a JSON object");
        assertThat(NativeApi.count("SELECT count(*) FROM accounts WHERE username IN (?, ?)"
                + " AND password_scheme IN ('pbkdf2-sha1', 'pbkdf2-sha256')", weak, pending)).isEqualTo(2);
        Files.delete(file);

        browser.click(By.id("nav-accounts"));
        browser.waitFor(By.id("accounts:pending-rehash"));
        browser.click(By.id("accounts:pending-rehash"));
        search("imp-sha");
        browser.waitFor(rowOf(weak));
        browser.waitFor(rowOf(pending));
        browser.shot("weak-and-pending");
        assertThat(browser.text(hashOf(weak))).isEqualTo("pbkdf2-sha1, rehash at next login");
        assertThat(browser.driverElement(rowOf(weak)).findElements(By.cssSelector(".weak-hash"))).hasSize(1);
        assertThat(browser.text(hashOf(pending))).isEqualTo("pbkdf2-sha256, rehash at next login");
        assertThat(browser.driverElement(rowOf(pending)).findElements(By.cssSelector(".weak-hash")))
                .as("600,000 iterations of PBKDF2-SHA256 are OWASP's advice").isEmpty();

        HttpTestClient.Response login = api.login(weak, PASSWORD);
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(NativeApi.count("SELECT count(*) FROM accounts WHERE username = ? AND password_scheme = 'argon2id'"
                + " AND password_hash LIKE '$argon2id$%'", weak)).isEqualTo(1);

        search(weak);
        browser.waitForText(By.id("accounts:table"), "No accounts match.");
        browser.shot("rehashed-gone-from-filter");
        browser.click(By.id("accounts:pending-rehash"));
        search(weak);
        browser.waitForExactText(hashOf(weak), "Argon2id");
        assertThat(browser.driverElement(rowOf(weak)).findElements(By.cssSelector(".weak-hash"))).isEmpty();
    }

    @Test
    void aFileThatIsNoExportIsReportedWithoutImportingAnything() throws Exception {
        Path file = Files.createTempFile("authgate-console-import-", ".json");
        Files.writeString(file, "{\"not\": \"an array\"}");

        signInAndOpen("nav-import");
        new Select(browser.driverElement(By.id("upload:format"))).selectByValue("accounts");
        browser.driverElement(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
        browser.click(By.id("upload:start"));
        browser.waitForExactText(By.id("failed"), "1");
        assertThat(browser.text(By.id("imported"))).isEqualTo("0");
        assertThat(browser.text(By.cssSelector(".row-reason"))).isEqualTo("the accounts format is a JSON array of accounts");
        Files.delete(file);
    }

    private void search(String query) {
        browser.type(By.id("accounts:query"), query);
        browser.click(By.id("accounts:search"));
        browser.waitForAjax();
    }

    private static By rowOf(String user) {
        return By.xpath("//tr[.//span[contains(@class,'username') and normalize-space(text())='" + user + "']]");
    }

    private static By hashOf(String user) {
        return By.xpath("//tr[.//span[contains(@class,'username') and normalize-space(text())='" + user + "']]"
                + "//span[contains(@class,'hash') and not(contains(@class,'weak-hash'))]");
    }

    private static String row(String username, String hash) {
        return "{\"username\": \"" + username + "\", \"email\": \"" + username + "@import.test\", \"passwordHash\": \""
                + hash + "\"}";
    }

    /** A PBKDF2 hash of {@link #PASSWORD} in the PHC form, as another system would have stored it. */
    private static String pbkdf2(String algorithm, String id, int iterations) throws GeneralSecurityException {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        byte[] hash = SecretKeyFactory.getInstance(algorithm)
                .generateSecret(new PBEKeySpec(PASSWORD.toCharArray(), salt, iterations, 256)).getEncoded();
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return "$" + id + "$i=" + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }
}
