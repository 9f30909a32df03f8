package org.authgate.web.testing;

import java.nio.file.Path;
import java.nio.file.Paths;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium (installed by src/test/browser/test-browser.sh) driven through its chromedriver: what the
 * console's tests and the cross-origin test start, each with a fresh profile of its own.
 */
public final class HeadlessChromium {

    private HeadlessChromium() {
    }

    /** The options every test's browser has, on {@code profile} (a fresh directory: no cookies, no cache). */
    public static ChromeOptions options(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // As root Chromium needs --no-sandbox; the network flags keep it from calling home, which this
        // machine's closed network refuses (slowly).
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1000", "--user-data-dir=" + profile);
        return options;
    }

    public static ChromeDriver start(ChromeOptions options) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Paths.get("/usr/bin/chromedriver").toFile()).build();
        return new ChromeDriver(service, options);
    }
}
