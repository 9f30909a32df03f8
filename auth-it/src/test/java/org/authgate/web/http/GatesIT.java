package org.authgate.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.authgate.web.api.NativeApi;
import org.authgate.web.testing.RawHttp;
import org.authgate.web.testsupport.FixedConfig;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every gate against every spelling of its path ({@link PathTricks}), on a server with Wazo, 365View, Azuriom
 * and Kuzzle switched off ({@link SwitchedOffDialects}) and OneEntry on with its application token: the
 * canonical path gets the gate's refusal, a trick gets the dialect's own 404 (or the gate's refusal), always
 * in the dialect's format, and no trick logs anyone in. Before the gates were bound to the matched resources
 * and tricks refused, {@code POST /api;x/content/users-auth-providers/marker/email/users/auth} without
 * {@code x-app-token} answered 200 with tokens, and a switched-off Wazo or 365View served the same way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GatesIT {
    private static final String PASSWORD = "correct horse battery";
    private static final String ONEENTRY_AUTH = "/api/content/users-auth-providers/marker/email/users/auth";
    private static final String APP_TOKEN = System.getProperty("authgate.it.oneentry.app-token", "it-oneentry-app-token");
    private static final String DEVICE = "{\"fingerprint\":\"UQ_gates\",\"deviceInfo\":{\"os\":\"Linux\","
            + "\"browser\":\"it\",\"location\":\"here\"}}";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return NativeApi.deployment().addClasses(FixedConfig.class, SwitchedOffDialects.class)
                .addAsServiceProvider(ConfigSource.class, SwitchedOffDialects.class);
    }

    private final NativeApi api = new NativeApi();
    private final RawHttp raw = RawHttp.local();
    private String user;

    /** One gate: its request on the canonical path and the refusal it answers there. */
    private record Gate(String name, String method, String path, String body, ErrorFormat format, int refusal,
                        String... headers) {
    }

    @BeforeEach
    void aUserWhoCouldLogInEverywhere() {
        user = NativeApi.uniqueName("gates");
        api.createUser(user, PASSWORD);
    }

    @AfterEach
    void closeConnection() {
        raw.close();
    }

    private List<Gate> gates() {
        String json = "application/json";
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return List.of(
                new Gate("Wazo switched off", "POST", "/api/auth/0.1/token", "{\"expiration\":60}",
                        ErrorFormat.WAZO, 404, "Authorization", basic, "Content-Type", json),
                new Gate("365View switched off", "POST", "/login/en_US", "{\"kind\":\"login\",\"title\":\"" + user
                        + "\",\"path\":\"\",\"password\":{\"value\":\"00\",\"former\":\"\",\"reset\":false}}",
                        ErrorFormat.VIEW365, 404, "Content-Type", json),
                new Gate("Azuriom's Auth API not enabled", "POST", "/api/auth/authenticate",
                        "{\"email\":\"" + user + "\",\"password\":\"" + PASSWORD + "\"}",
                        ErrorFormat.AZURIOM, 400, "Content-Type", json),
                new Gate("Kuzzle switched off", "POST", "/_login/local",
                        "{\"username\":\"" + user + "\",\"password\":\"" + PASSWORD + "\"}",
                        ErrorFormat.KUZZLE, 404, "Content-Type", json),
                new Gate("OneEntry without x-app-token", "POST", ONEENTRY_AUTH, oneEntryLogin(),
                        ErrorFormat.ONEENTRY, 401, "Content-Type", json, "x-device-metadata", DEVICE),
                new Gate("native admin API without a bearer token", "GET", "/api/v1/admin/accounts", null,
                        ErrorFormat.PROBLEM, 401));
    }

    @Test
    void everySpellingOfAGatedPathIsRefusedInTheDialectsFormat() {
        List<String> wrong = new ArrayList<>();
        for (Gate gate : gates()) {
            RawHttp.Response canonical = raw.send(gate.method(), gate.path(), gate.body(), gate.headers());
            check(wrong, gate.name() + " on " + gate.path(), canonical, gate.refusal(), gate.format());
            for (PathTricks.Trick trick : PathTricks.ALL) {
                String path = trick.on(gate.path());
                RawHttp.Response r = raw.send(gate.method(), path, gate.body(), gate.headers());
                // A trick is the dialect's 404; OneEntry's token is checked first (its 401 on any path), and a case
                // variant is nobody's path but Kuzzle's (whose paths are any /_name).
                ErrorFormat format = trick.caseVariant() ? ErrorFormat.ownerOf(path) : gate.format();
                int status = gate.format() == ErrorFormat.ONEENTRY && format == ErrorFormat.ONEENTRY ? 401 : 404;
                check(wrong, gate.name() + ", " + trick.name() + ": " + gate.method() + " " + path, r, status, format);
            }
        }
        assertThat(wrong).as("gates passed or answered out of format").isEmpty();
        assertThat(NativeApi.auditOf(user)).as("nobody logged in").isEmpty();
    }

    /**
     * A switched-off dialect answers no CORS preflight, not even Kuzzle's, which allows every origin when on: the
     * preflight gets the dialect's 404 and no permission, as any of its paths does.
     */
    @Test
    void aSwitchedOffDialectAnswersAPreflightWithItsOwn404() {
        List<String> wrong = new ArrayList<>();
        for (Gate gate : gates()) {
            if (gate.format() == ErrorFormat.ONEENTRY || gate.format() == ErrorFormat.PROBLEM) {
                continue; // on in this deployment (the native API cannot be switched off)
            }
            RawHttp.Response r = raw.send("OPTIONS", gate.path(), (String) null, "Origin", "https://app.example",
                    "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");
            check(wrong, "preflight of " + gate.name(), r, 404, gate.format());
            if (r.header("access-control-allow-origin").isPresent()) {
                wrong.add("preflight of " + gate.name() + " allowed: " + r);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void withTheRightCredentialsOnlyTheCanonicalPathIsServed() {
        List<String> wrong = new ArrayList<>();
        String[] oneEntry = {"Content-Type", "application/json", "x-device-metadata", DEVICE, "x-app-token", APP_TOKEN};
        String[] admin = {"Authorization", NativeApi.bearer(api.adminToken())};
        for (PathTricks.Trick trick : PathTricks.ALL) {
            String oePath = trick.on(ONEENTRY_AUTH);
            check(wrong, "OneEntry with its token, " + trick.name() + ": " + oePath,
                    raw.send("POST", oePath, oneEntryLogin(), oneEntry), 404,
                    trick.caseVariant() ? ErrorFormat.PROBLEM : ErrorFormat.ONEENTRY);
            String adminPath = trick.on("/api/v1/admin/accounts");
            check(wrong, "admin API with a bearer token, " + trick.name() + ": " + adminPath,
                    raw.send("GET", adminPath, (String) null, admin), 404, ErrorFormat.PROBLEM);
        }
        assertThat(wrong).as("served on a non-canonical path").isEmpty();
        assertThat(NativeApi.auditOf(user)).isEmpty();

        RawHttp.Response served = raw.send("POST", ONEENTRY_AUTH, oneEntryLogin(), oneEntry);
        assertThat(served.status()).as(served.toString()).isBetween(200, 299);
        assertThat(served.body()).contains("\"accessToken\"");
        assertThat(raw.send("GET", "/api/v1/admin/accounts", (String) null, admin).status()).isEqualTo(200);
    }

    /**
     * The console's Jakarta Security constraint holds whatever the spelling: Undertow matches constraints on the
     * canonical path. No spelling shows a console page or the audit export to an anonymous client.
     */
    @Test
    void noSpellingOfAConsolePathGetsPastItsSignIn() {
        RawHttp.Response canonical = raw.send("GET", "/admin/dashboard.xhtml", (String) null);
        assertThat(canonical.status()).as(canonical.toString()).isIn(302, 303);
        assertThat(canonical.header("location")).hasValueSatisfying(l -> assertThat(l).contains("/admin/login.xhtml"));

        List<String> paths = new ArrayList<>(List.of("/admin/login.xhtml/../dashboard.xhtml",
                "/admin/login.xhtml;/../dashboard.xhtml", "/admin/jakarta.faces.resource/..;/dashboard.xhtml",
                "/admin/jakarta.faces.resource/../dashboard.xhtml", "/admin/jakarta.faces.resource/%2e%2e/audit.csv",
                "/admin/login.xhtml%2F..%2Fdashboard.xhtml", "/admin/dashboard.xhtml%00", "/admin/audit.csv;.js",
                "/admin/dashboard.xhtml;jsessionid=0A1B2C3D4E", "/admin;jsessionid=0A1B/sessions.xhtml"));
        for (String page : List.of("/admin/dashboard.xhtml", "/admin/sessions.xhtml", "/admin/audit.csv")) {
            for (PathTricks.Trick trick : PathTricks.ALL) {
                paths.add(trick.on(page));
            }
        }
        List<String> wrong = new ArrayList<>();
        for (String path : paths) {
            RawHttp.Response r = raw.send("GET", path, (String) null);
            boolean consolePage = r.body().contains("Sign out") || r.contentType().startsWith("text/csv")
                    || r.body().contains("LOGIN_SUCCEEDED");
            if (consolePage || r.status() / 100 == 2 && !r.body().contains("login")) {
                wrong.add(path + " → " + r);
            }
        }
        assertThat(wrong).as("console reached without signing in").isEmpty();
    }

    private String oneEntryLogin() {
        return "{\"authData\":[{\"marker\":\"login\",\"value\":\"" + user + "\"},"
                + "{\"marker\":\"password\",\"value\":\"" + PASSWORD + "\"}]}";
    }

    private static void check(List<String> wrong, String what, RawHttp.Response r, int status, ErrorFormat format) {
        if (r.status() != status || !format.matches(r)) {
            wrong.add(what + " → " + r + " (expected " + status + " in " + format + ")");
        }
    }
}
