package org.authgate.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.authgate.web.api.NativeApi;
import org.authgate.web.testing.HttpTestClient;
import org.authgate.web.testsupport.FixedConfig;
import org.authgate.web.testsupport.ProductionMode;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * authgate in production mode ({@code authgate.mode=production}, on the shared server's PostgreSQL with the ITs' own
 * administrator password and keys): the console only over HTTPS, its session cookie Secure, HttpOnly and
 * SameSite=Strict, Strict-Transport-Security on every HTTPS response and never over HTTP. Runs on WildFly (main run)
 * and on Payara (Payara run), where SameSite comes from glassfish-web.xml rather than the Servlet API
 * ({@code web.console.SessionCookies}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleProductionModeIT {
    private static final String HSTS = "Strict-Transport-Security";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return NativeApi.deployment().addClasses(FixedConfig.class, ProductionMode.class)
                .addAsServiceProvider(ConfigSource.class, ProductionMode.class);
    }

    private final HttpTestClient https = HttpTestClient.https();
    private final HttpTestClient http = HttpTestClient.http();

    @Test
    void overHttpsTheSignInPageComesWithASecureHttpOnlySameSiteStrictSessionCookieAndHsts() {
        HttpTestClient.Response page = https.get("/admin/login.xhtml");

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.body()).contains("login:password");
        assertThat(page.header(HSTS)).contains("max-age=31536000");
        List<String> cookies = page.headers().allValues("Set-Cookie");
        assertThat(cookies).as("the console session starts with the page's form").anyMatch(c -> c.startsWith("JSESSIONID="));
        for (String cookie : cookies) {
            List<String> attributes = List.of(cookie.toLowerCase().split("\\s*;\\s*"));
            assertThat(attributes).as(cookie).contains("secure", "httponly", "samesite=strict");
        }
    }

    @Test
    void overPlainHttpNoConsolePageIsServedNorAnySignInProcessed() {
        for (String path : List.of("/admin/login.xhtml", "/%61dmin/login.xhtml",
                "/admin/jakarta.faces.resource/jsf.js.xhtml?ln=jakarta.faces")) {
            HttpTestClient.Response r = http.get(path);
            assertRefused(path, r);
            assertThat(r.headers().allValues("Set-Cookie")).as("no session: " + path).isEmpty();
        }
        // A protected path meets the server's security layer before any filter of the WAR: the sign-in redirect of
        // Jakarta Security (same scheme), whose target is refused. No page (Payara's redirect says "Document moved"), and a session it may start has a
        // cookie a browser keeps only over HTTPS.
        for (String path : List.of("/admin", "/admin/", "/admin/dashboard.xhtml", "/admin/audit.csv")) {
            HttpTestClient.Response r = http.get(path);
            assertThat(r.status()).as(path + ": " + r).isEqualTo(302);
            assertThat(r.header("Location")).as(path).hasValueSatisfying(l -> assertThat(l).endsWith("/admin/login.xhtml"));
            assertThat(r.body()).as(path).doesNotContain("login:password").doesNotContain("authgate-console");
            assertThat(r.headers().allValues("Set-Cookie")).as(path)
                    .allSatisfy(c -> assertThat(c.toLowerCase()).contains("; secure"));
            assertRefused(path + " -> login", http.get(r.header("Location").orElseThrow()));
        }
        HttpTestClient.Response signIn = http.send("POST", "/admin/login.xhtml",
                "login=login&login%3Ausername=" + NativeApi.ADMIN + "&login%3Apassword=" + NativeApi.ADMIN_PASSWORD,
                "application/x-www-form-urlencoded");
        assertRefused("a sign-in form sent over HTTP is not processed", signIn);
    }

    private static void assertRefused(String what, HttpTestClient.Response r) {
        assertThat(r.status()).as(what + ": " + r).isEqualTo(403);
        assertThat(r.body()).as(what).isEqualTo("The authgate console is served over HTTPS only.\n");
        assertThat(r.header(HSTS)).as("never over HTTP (RFC 6797 7.2): " + what).isEmpty();
    }

    @Test
    void everyHttpsAnswerOfTheApisCarriesHstsAndPlainHttpApisStayServedWithout() {
        HttpTestClient.Response connectors = https.get("/api/v1/connectors");
        HttpTestClient.Response notFound = https.get("/api/v1/no-such-route");
        HttpTestClient.Response badLogin = https.post("/api/v1/login", "{\"login\":\"nobody\",\"password\":\"wrong\"}");
        HttpTestClient.Response wazo = https.head("/api/auth/0.1/status");

        for (HttpTestClient.Response r : List.of(connectors, notFound, badLogin, wazo)) {
            assertThat(r.header(HSTS)).as(r.toString()).contains("max-age=31536000");
        }
        assertThat(connectors.status()).isEqualTo(200);
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(badLogin.status()).isEqualTo(401);

        HttpTestClient.Response plain = http.get("/api/v1/connectors");
        assertThat(plain.status()).as("the APIs over HTTP (behind a proxy, resource servers inside)").isEqualTo(200);
        assertThat(plain.header(HSTS)).isEmpty();
    }

    @Test
    void inChromiumTheCookieFlagsHoldAndThePlainHttpConsoleShowsOnlyItsRefusal(TestInfo test) {
        try (ConsoleBrowser browser = new ConsoleBrowser("ConsoleProductionModeIT-"
                + test.getTestMethod().orElseThrow().getName())) {
            browser.open("/admin/login.xhtml", "http-refused");
            assertThat(browser.pageSource()).contains("served over HTTPS only").doesNotContain("login:password");
            assertThat(browser.sessionCookie()).as("no session over HTTP").isNull();

            browser.openHttps("/admin/login.xhtml", "https-sign-in");
            browser.waitFor(By.id("login:password"));
            Cookie session = browser.sessionCookie();
            assertThat(session).as("the session cookie Chromium keeps").isNotNull();
            assertThat(session.isSecure()).as("Secure").isTrue();
            assertThat(session.isHttpOnly()).as("HttpOnly").isTrue();
            assertThat(session.getSameSite()).as("SameSite").isEqualTo("Strict");
            assertThat(browser.cspViolations()).isEmpty();
        }
    }
}
