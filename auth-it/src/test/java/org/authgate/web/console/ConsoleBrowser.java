package org.authgate.web.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.authgate.web.testing.HeadlessChromium;
import org.authgate.web.testing.HttpTestClient;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium ({@link HeadlessChromium}) with a fresh profile, so each test starts with no
 * cookies. Every page a test visits is saved as {@code target/screenshots/<test>-<nn>-<what>.png}.
 */
final class ConsoleBrowser implements AutoCloseable {
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private final String test;
    private final WebDriverWait wait;
    private int shots;

    ConsoleBrowser(String test) {
        this.test = test;
        try {
            profile = Files.createTempDirectory("authgate-chromium-");
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = HeadlessChromium.options(profile);
        // The browser's console messages, to catch what the Content-Security-Policy blocked.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // The server's HTTPS listener has a self-signed certificate (ConsoleProductionModeIT uses it).
        options.setAcceptInsecureCerts(true);
        driver = HeadlessChromium.start(options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Opens a path of the server under test (HttpTestClient.HTTP, which follows the port offset). */
    ConsoleBrowser open(String path, String shotName) {
        driver.get(HttpTestClient.HTTP.resolve(path).toString());
        return shot(shotName);
    }

    /** Opens a path of the server under test over HTTPS (HttpTestClient.HTTPS, self-signed certificate accepted). */
    ConsoleBrowser openHttps(String path, String shotName) {
        driver.get(HttpTestClient.HTTPS.resolve(path).toString());
        return shot(shotName);
    }

    ConsoleBrowser shot(String what) {
        shots++;
        Path file = SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", test, shots, what));
        try {
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Signs in on the login page (where the browser is, or is sent). */
    ConsoleBrowser signIn(String username, String password) {
        if (!driver.getCurrentUrl().contains("/admin/login.xhtml")) {
            open("/admin/login.xhtml", "login");
        }
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        click(By.id("login:submit"));
        wait.until(d -> !d.getCurrentUrl().contains("/admin/login.xhtml") || !d.findElements(
                By.cssSelector("#login .ui-messages-error")).isEmpty());
        return shot("after-sign-in");
    }

    void type(By field, String text) {
        onElement(field, element -> {
            element.clear();
            element.sendKeys(text);
        });
    }

    /** Fills a filter or form field: picks the option of that value in a drop-down, types into any other field. */
    void fill(By field, String value) {
        onElement(field, element -> {
            if ("select".equals(element.getTagName())) {
                new Select(element).selectByValue(value);
            } else {
                element.clear();
                element.sendKeys(value);
            }
        });
    }

    /** The values a drop-down offers. */
    List<String> options(By select) {
        return new Select(driverElement(select)).getOptions().stream().map(o -> o.getAttribute("value")).toList();
    }

    /**
     * Clicks an action that asks first (the console template's one p:confirmDialog), answers Yes or Cancel, and
     * returns the question it asked. The dialog is closed when this returns; after Yes the action's request runs.
     */
    String clickAndAnswer(By action, boolean yes) {
        click(action);
        String question = text(By.cssSelector("[id='confirm'] .ui-confirm-dialog-message"));
        shot(yes ? "confirm-yes" : "confirm-cancel");
        click(By.id(yes ? "confirm-yes" : "confirm-no"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm")));
        // The dialog's modal mask goes with it, or it would take every later click.
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm_modal")));
        return question;
    }

    /** Waits until {@code condition} holds (WebDriverWait's timeout). */
    void waitUntil(Function<WebDriver, Boolean> condition) {
        wait.until(condition);
    }

    /** Whether the element is on the page and shown. */
    boolean isShown(By target) {
        return driver.findElements(target).stream().anyMatch(WebElement::isDisplayed);
    }

    /**
     * Emulates a slow network through Chromium's DevTools: each request waits {@code latencyMillis} before it is
     * answered (0 for none). A page then stays in the middle of its Ajax request long enough to be looked at.
     */
    void networkLatency(int latencyMillis) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false,
                "latency", latencyMillis, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** Lets the browser save downloads, without asking, into a fresh directory of its profile; returns it. */
    Path allowDownloads() {
        Path downloads = profile.resolve("downloads");
        try {
            Files.createDirectories(downloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toAbsolutePath().toString()));
        return downloads;
    }

    /** Waits until the browser has saved {@code name} whole in {@code downloads} (no partial file left). */
    Path waitForDownload(Path downloads, String name) {
        Path file = downloads.resolve(name);
        wait.until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return Files.exists(file) && files.noneMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return file;
    }

    /** Runs {@code action} while every answer is held {@code latencyMillis}; the latency goes afterwards, whatever. */
    void withLatency(int latencyMillis, Runnable action) {
        networkLatency(latencyMillis);
        try {
            action.run();
        } finally {
            networkLatency(0);
        }
    }

    /** Makes the page see another time zone than the machine's (an IANA id, e.g. {@code Pacific/Auckland}). */
    void timeZone(String zoneId) {
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zoneId));
    }

    /** Runs a script in the page (WebDriver's scripts are not page scripts: the CSP does not apply to them). */
    Object script(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    void click(By target) {
        onElement(target, WebElement::click);
    }

    /** Does {@code action} on the clickable element; an ajax update may replace it meanwhile: then find it again. */
    private void onElement(By target, Consumer<WebElement> action) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(target).apply(d);
            if (element == null) {
                return false;
            }
            action.accept(element);
            return true;
        });
    }

    String text(By target) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(target)).getText();
    }

    /** Waits until {@code target}'s text contains {@code expected}. */
    void waitForText(By target, String expected) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(target, expected));
    }

    /** Waits until {@code target}'s whole text is {@code expected} (e.g. a paginator's "1-1 of 1"). */
    void waitForExactText(By target, String expected) {
        wait.until(ExpectedConditions.textToBe(target, expected));
    }

    /** Runs an action, waits until the page has settled, and answers how long both took in milliseconds. */
    long timed(Runnable action) {
        long start = System.nanoTime();
        action.run();
        waitForAjax();
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * Waits until the page is loaded and no ajax request is running (PrimeFaces sends its request while the
     * click is dispatched, so it is already running when a click returns). WebDriver's scripts are not page
     * scripts: the console's Content-Security-Policy does not apply to them.
     */
    void waitForAjax() {
        // Polled every 10 ms, not WebDriverWait's 500: timed() measures with it.
        new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(10)).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.jQuery || jQuery.active === 0)"
                        + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    void waitFor(By target) {
        wait.until(ExpectedConditions.presenceOfElementLocated(target));
    }

    WebElement driverElement(By target) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(target));
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    String pageSource() {
        return driver.getPageSource();
    }

    /** What the browser reported as blocked by the Content-Security-Policy since the last call. */
    List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
    }

    Cookie sessionCookie() {
        return cookie("JSESSIONID");
    }

    /** The browser's cookie of that name for the current page, or null. */
    Cookie cookie(String name) {
        return driver.manage().getCookieNamed(name);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temporary profile harms nothing
            }
        }
    }
}
