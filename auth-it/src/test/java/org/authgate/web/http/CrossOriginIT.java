package org.authgate.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.authgate.web.api.NativeApi;
import org.authgate.web.testing.HeadlessChromium;
import org.authgate.web.testing.HttpTestClient;
import org.authgate.web.testsupport.FixedConfig;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * CORS (README, "CORS"): a page served by this test on an origin of its own calls authgate from a real headless
 * Chromium, with {@code fetch()} as a browser app's SDK does; the deployment lists that origin for the native API,
 * Wazo and OneEntry ({@link CrossOriginPages}), and Kuzzle allows every origin as Kuzzle does. The browser enforces
 * the answers: a page of an origin not listed cannot log in at all, because its preflight is refused and the login
 * is never sent. Then the protocol request by request, as a hostile client would send it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossOriginIT {
    private static final String PASSWORD = "correct horse battery";
    private static final String APP_TOKEN = System.getProperty("authgate.it.oneentry.app-token", "it-oneentry-app-token");
    private static final String UUID_V4 = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
    private static final TestPage LISTED = TestPage.start();
    private static final TestPage NOT_LISTED = TestPage.start();

    @Deployment(testable = false)
    static WebArchive deployment() {
        String origin = LISTED.origin();
        String settings = String.join("\n",
                "authgate.cors.native.allowed-origins=" + origin,
                "authgate.cors.native.allow-credentials=true",
                "authgate.cors.wazo.allowed-origins=https://elsewhere.example, " + origin,
                "authgate.cors.oneentry.allowed-origins=" + origin, "");
        return NativeApi.deployment().addClasses(FixedConfig.class, CrossOriginPages.class)
                .addAsServiceProvider(ConfigSource.class, CrossOriginPages.class)
                .addAsResource(new StringAsset(settings), CrossOriginPages.RESOURCE);
    }

    @AfterAll
    static void stopPages() {
        LISTED.close();
        NOT_LISTED.close();
    }

    private final NativeApi api = new NativeApi();

    @Test
    void aPageOfAListedOriginLogsInAndChecksItsTokenWithTheNativeApiWazoOneEntryAndKuzzle() {
        String user = NativeApi.uniqueName("cors");
        api.createUser(user, PASSWORD);

        JsonObject results = inChromium(LISTED, user, "native,wazo,oneentry,kuzzle");

        JsonObject nativeApi = results.getJsonObject("native");
        assertThat(nativeApi.getJsonObject("login").getInt("status")).as(nativeApi.toString()).isEqualTo(200);
        assertThat(nativeApi.getJsonObject("session").getInt("status")).as(nativeApi.toString()).isEqualTo(200);
        assertThat(nativeApi.getJsonObject("session").getJsonObject("body").toString()).contains(user);

        JsonObject wazo = results.getJsonObject("wazo");
        JsonObject wazoLogin = wazo.getJsonObject("login");
        assertThat(wazoLogin.getInt("status")).as(wazo.toString()).isEqualTo(200);
        assertThat(wazoLogin.getString("token")).matches(UUID_V4);
        assertThat(wazoLogin.getString("revoked")).as("an exposed header the page may read").isEqualTo("0");
        assertThat(wazo.getJsonObject("check").getInt("status")).as(wazo.toString()).isEqualTo(200);
        assertThat(wazo.getJsonObject("confd").getInt("status")).as("X-Auth-Token allowed: " + wazo).isEqualTo(200);

        JsonObject oneEntry = results.getJsonObject("oneentry");
        assertThat(oneEntry.getJsonObject("login").getInt("status")).as(oneEntry.toString()).isBetween(200, 201);
        assertThat(oneEntry.getJsonObject("sessions").getInt("status")).as(oneEntry.toString()).isEqualTo(200);
        assertThat(oneEntry.getJsonObject("sessions").getJsonArray("body").getValuesAs(JsonObject.class))
                .as("the user's sessions, this page's among them").anySatisfy(session -> assertThat(
                        session.getJsonObject("deviceInfo").getString("browser")).isEqualTo("Chromium"));

        JsonObject kuzzle = results.getJsonObject("kuzzle");
        assertThat(kuzzle.getJsonObject("login").getInt("status")).as(kuzzle.toString()).isEqualTo(200);
        assertThat(kuzzle.getJsonObject("check").getJsonObject("body").getJsonObject("result").getBoolean("valid"))
                .isTrue();
    }

    @Test
    void aPageOfAnotherOriginCannotLogInBecauseItsPreflightIsRefused() {
        String user = NativeApi.uniqueName("cors-other");
        api.createUser(user, PASSWORD);

        JsonObject results = inChromium(NOT_LISTED, user, "native,wazo,oneentry");

        for (String dialect : new String[] {"native", "wazo", "oneentry"}) {
            JsonObject login = results.getJsonObject(dialect).getJsonObject("login");
            assertThat(login.containsKey("status")).as(dialect + ": " + login).isFalse();
            assertThat(login.getString("error")).as(dialect).startsWith("TypeError");
        }
        assertThat(NativeApi.auditOf(user)).as("no login reached authgate: the browser stopped at the preflight")
                .isEmpty();
    }

    @Test
    void aPreflightOfAListedOriginNamesItAndWhatItsDialectsClientsSend() {
        String origin = LISTED.origin();

        HttpTestClient.Response wazo = preflight("/api/auth/0.1/token", origin, "POST",
                "authorization,content-type");
        assertThat(wazo.status()).isEqualTo(200);
        assertThat(wazo.header("Access-Control-Allow-Origin")).contains(origin);
        assertThat(wazo.header("Access-Control-Allow-Methods").orElseThrow()).contains("POST", "DELETE", "HEAD");
        assertThat(wazo.header("Access-Control-Allow-Headers").orElseThrow()).contains("Authorization",
                "Content-Type", "X-Auth-Token", "Wazo-Session-Type", "Wazo-Tenant");
        assertThat(wazo.header("Access-Control-Max-Age")).contains("600");
        assertThat(wazo.header("Access-Control-Allow-Credentials")).as("not configured for Wazo").isEmpty();
        assertThat(wazo.header("Vary").orElseThrow()).contains("Origin");

        HttpTestClient.Response nativeApi = preflight("/api/v1/login", origin, "POST", "content-type");
        assertThat(nativeApi.header("Access-Control-Allow-Origin")).contains(origin);
        assertThat(nativeApi.header("Access-Control-Allow-Credentials")).contains("true");

        HttpTestClient.Response oneEntry = preflight("/api/content/users-auth-providers/marker/email/users/auth",
                origin, "POST", "content-type,x-app-token,x-device-metadata");
        assertThat(oneEntry.status()).as("no application token in a preflight, yet no 401").isEqualTo(200);
        assertThat(oneEntry.header("Access-Control-Allow-Headers").orElseThrow()).contains("x-app-token",
                "x-device-metadata");
    }

    @Test
    void anOriginNotListedGetsAPreflightAnswerWithoutPermissionNeverAnError() {
        for (String origin : new String[] {NOT_LISTED.origin(), "null", "*", LISTED.origin() + ".evil.example",
                LISTED.origin().replace("http:", "https:"), LISTED.origin() + ", " + NOT_LISTED.origin(),
                "x".repeat(4000)}) {
            for (String path : new String[] {"/api/v1/login", "/api/auth/0.1/token",
                    "/api/content/users-auth-providers/marker/email/users/auth", "/api/auth/authenticate",
                    "/login/en_US"}) {
                HttpTestClient.Response r = preflight(path, origin, "POST", "content-type");
                assertThat(r.status()).as(path + " from " + origin).isEqualTo(200);
                assertThat(r.header("Access-Control-Allow-Origin")).as(path + " from " + origin).isEmpty();
                assertThat(r.header("Access-Control-Allow-Credentials")).isEmpty();
            }
        }
    }

    /**
     * 400 preflights at once from 16 threads, each for a listed or a refused origin on the native API or Wazo (which
     * lists another origin too): each answer names exactly its own request's origin when that is listed for that
     * path, and none otherwise; no answer is a 500 or borrows another request's origin.
     */
    @Test
    void manyPreflightsAtOnceAreEachAnsweredForTheirOwnOrigin() throws Exception {
        String elsewhere = "https://elsewhere.example";
        List<String[]> cases = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String origin = switch (i % 3) {
                case 0 -> LISTED.origin();
                case 1 -> elsewhere;
                default -> NOT_LISTED.origin();
            };
            boolean wazo = i % 2 == 0;
            boolean allowed = origin.equals(LISTED.origin()) || wazo && origin.equals(elsewhere);
            cases.add(new String[] {wazo ? "/api/auth/0.1/token" : "/api/v1/login", origin, Boolean.toString(allowed)});
        }
        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (String[] c : cases) {
                sent.add(pool.submit(() -> {
                    start.await();
                    HttpTestClient.Response r = preflight(c[0], c[1], "POST", "content-type");
                    Optional<String> allowOrigin = r.header("Access-Control-Allow-Origin");
                    boolean right = r.status() == 200 && (Boolean.parseBoolean(c[2])
                            ? allowOrigin.equals(Optional.of(c[1])) : allowOrigin.isEmpty())
                            && r.header("Vary").orElse("").contains("Origin");
                    if (!right) {
                        wrong.add(c[0] + " from " + c[1] + " (listed: " + c[2] + ") → " + r);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : sent) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(wrong).as("preflights answered wrongly under load").isEmpty();
    }

    @Test
    void anAnswerCarriesTheOriginOnlyForAListedOrigin() {
        String user = NativeApi.uniqueName("cors-http");
        api.createUser(user, PASSWORD);
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(
                java.nio.charset.StandardCharsets.UTF_8));

        HttpTestClient.Response listed = api.post("/api/auth/0.1/token", "{\"expiration\":60}",
                "Authorization", basic, "Origin", LISTED.origin());
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.header("Access-Control-Allow-Origin")).contains(LISTED.origin());
        assertThat(listed.header("Access-Control-Expose-Headers")).contains("Wazo-Sessions-Revoked");
        assertThat(listed.header("Vary").orElseThrow()).contains("Origin");

        HttpTestClient.Response refused = api.post("/api/auth/0.1/token", "{\"expiration\":60}",
                "Authorization", "Basic bm9ib2R5Om5vdGhpbmc=",
                "Origin", LISTED.origin());
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("Access-Control-Allow-Origin")).as("an error is readable too").contains(LISTED.origin());

        HttpTestClient.Response other = api.post("/api/v1/login", Json.createObjectBuilder().add("login", user)
                .add("password", PASSWORD).build().toString(), "Origin", NOT_LISTED.origin());
        assertThat(other.status()).as("the server answers; the browser withholds it").isEqualTo(200);
        assertThat(other.header("Access-Control-Allow-Origin")).isEmpty();
        assertThat(other.header("Vary").orElseThrow()).contains("Origin");

        HttpTestClient.Response sameOrigin = api.get("/api/v1/ping");
        assertThat(sameOrigin.header("Access-Control-Allow-Origin")).as("no Origin, no CORS").isEmpty();
    }

    private HttpTestClient.Response preflight(String path, String origin, String method, String headers) {
        return api.send("OPTIONS", path, null, null, "Origin", origin, "Access-Control-Request-Method", method,
                "Access-Control-Request-Headers", headers);
    }

    /** Opens {@code page} in a fresh headless Chromium, waits for its script and answers its results. */
    private static JsonObject inChromium(TestPage page, String user, String apis) {
        Path profile;
        try {
            profile = Files.createTempDirectory("authgate-cross-origin-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriver driver = HeadlessChromium.start(HeadlessChromium.options(profile));
        try {
            driver.get(page.url(Map.of("base", HttpTestClient.HTTP.toString(), "user", user, "password", PASSWORD,
                    "appToken", APP_TOKEN, "apis", apis)));
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(
                    d -> "true".equals(((JavascriptExecutor) d).executeScript("return document.body.dataset.done")));
            String results = (String) driver.executeScript("return document.getElementById('results').textContent");
            return Json.createReader(new StringReader(results)).readObject();
        } finally {
            driver.quit();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temporary profile harms nothing
            }
        }
    }
}
