package org.authgate.web.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.authgate.web.testing.HttpTestClient;
import org.authgate.web.testing.TestDatabase;
import org.authgate.web.testsupport.AdjustableClock;
import org.authgate.web.testsupport.FailingAuditLog;
import org.authgate.web.testsupport.TestClockResource;
import org.authgate.web.testsupport.TestMemoryResource;
import org.authgate.web.testsupport.TestConnectorsResource;
import org.authgate.web.testsupport.TestConsoleSessionResource;
import org.authgate.web.testsupport.TestCacheResource;
import org.authgate.web.testsupport.TestProxiesResource;
import org.authgate.web.testsupport.TestSecretsResource;
import org.authgate.web.testsupport.TestSweepResource;
import org.authgate.web.testsupport.SwitchableAdminSecondFactor;
import org.authgate.web.testsupport.TestAdminSecondFactorResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.authgate.web.testing.Deployments;

/**
 * The native API as the integration tests use it: users made through the admin API, logins from a
 * per-test client address (X-Forwarded-For, as the one proxy the IT server trusts would write it) so lockouts earned by one
 * test never leak into another, the test clock, and audit rows read straight from PostgreSQL.
 */
public final class NativeApi {
    public static final String ADMIN = System.getProperty("authgate.it.admin.username", "admin");
    public static final String ADMIN_PASSWORD = System.getProperty("authgate.it.admin.password", "it-admin-Passw0rd");

    private final HttpTestClient http = HttpTestClient.http();
    private final String address = "10." + random(256) + "." + random(256) + "." + (1 + random(254));
    private String adminToken;

    /**
     * The production WAR plus the test clock, the failing-audit switch, the sweep trigger, a session probe and the
     * cache probe.
     */
    public static WebArchive deployment() {
        return Deployments.authgate(AdjustableClock.class, TestClockResource.class, FailingAuditLog.class,
                TestSweepResource.class, TestConsoleSessionResource.class, TestCacheResource.class,
                SwitchableAdminSecondFactor.class, TestAdminSecondFactorResource.class, TestConnectorsResource.class,
                TestProxiesResource.class, TestSecretsResource.class, TestMemoryResource.class);
    }

    public HttpTestClient http() {
        return http;
    }

    /** The client address this instance's requests come from. */
    public String address() {
        return address;
    }

    /** A fresh, unique username for one test. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public HttpTestClient.Response post(String path, String json, String... headers) {
        return http.post(path, json, withAddress(headers));
    }

    public HttpTestClient.Response get(String path, String... headers) {
        return http.get(path, withAddress(headers));
    }

    public HttpTestClient.Response delete(String path, String... headers) {
        return http.delete(path, withAddress(headers));
    }

    public HttpTestClient.Response send(String method, String path, String body, String contentType, String... headers) {
        return http.send(method, path, body, contentType, withAddress(headers));
    }

    public HttpTestClient.Response login(String login, String password) {
        return login(Json.createObjectBuilder().add("login", login).add("password", password));
    }

    public HttpTestClient.Response login(JsonObjectBuilder body) {
        return post("/api/v1/login", body.build().toString(), "User-Agent", "authgate-it");
    }

    /** Logs in and returns the 200 body, failing the test otherwise. */
    public JsonObject loggedIn(String login, String password) {
        HttpTestClient.Response response = login(login, password);
        if (response.status() != 200) {
            throw new AssertionError("login of " + login + " failed: " + response);
        }
        return response.json();
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    public String adminToken() {
        if (adminToken == null) {
            adminToken = loggedIn(ADMIN, ADMIN_PASSWORD).getString("accessToken");
        }
        return adminToken;
    }

    /** Creates a local account through the admin API and returns its id. */
    public String createUser(String username, String password, String... roles) {
        var rolesJson = Json.createArrayBuilder();
        for (String role : roles) {
            rolesJson.add(role);
        }
        HttpTestClient.Response created = post("/api/v1/admin/accounts", Json.createObjectBuilder()
                .add("username", username).add("password", password).add("email", username + "@example.test")
                .add("roles", rolesJson).build().toString(), "Authorization", bearer(adminToken()));
        if (created.status() != 201) {
            throw new AssertionError("creating " + username + " failed: " + created);
        }
        return created.json().getString("id");
    }

    /**
     * Enrols an existing user's TOTP (begin, confirm with a code of now) and moves the server's clock to the next
     * time step, which the next login's code needs; returns the secret.
     */
    public String enrolledInTotp(String username, String password) {
        return TotpEnrolment.enrol(this, loggedIn(username, password).getString("accessToken"), password);
    }

    private long clockOffsetSeconds;

    /** Moves the server's clock forward (the test clock; nothing sleeps). */
    public void advanceClock(long seconds) {
        HttpTestClient.Response r = http.post("/test-support/clock/advance?seconds=" + seconds, "");
        if (r.status() != 204) {
            throw new AssertionError("clock not moved: " + r);
        }
        clockOffsetSeconds += seconds;
    }

    /**
     * Turns the rule that administrators need a second factor on or off on the server under test (it runs with it
     * off, see auth-it/pom.xml); null puts back the configured value.
     */
    public void requireAdminSecondFactor(Boolean required) {
        HttpTestClient.Response r = http.post("/test-support/admin-second-factor"
                + (required == null ? "" : "?required=" + required), "");
        if (r.status() != 204) {
            throw new AssertionError("admin second-factor switch not moved: " + r);
        }
    }

    public void resetClock() {
        http.post("/test-support/clock/reset", "");
        clockOffsetSeconds = 0;
    }

    /** The node's verified-session memory as the test-only probe reports it (hits, misses, connections). */
    public JsonObject sessionMemory() {
        return get("/test-support/cache").json();
    }

    /** How many token checks the node has answered from its memory so far. */
    public long sessionMemoryHits() {
        return sessionMemory().getJsonNumber("hits").longValue();
    }

    /** The server's idea of now, as far as this test moved its clock. */
    public java.time.Instant serverNow() {
        return java.time.Instant.now().plusSeconds(clockOffsetSeconds);
    }

    /** Audit rows of a username, oldest first, as column → value maps; the admin's actions on it left out. */
    public static List<Map<String, String>> auditOf(String username) {
        return audit("SELECT * FROM audit_records WHERE username = ? AND event <> 'ADMIN_ACTION' ORDER BY at, event",
                username);
    }

    public static List<Map<String, String>> audit(String sql, Object... params) {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                List<Map<String, String>> rows = new ArrayList<>();
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 1; i <= columns; i++) {
                        row.put(rs.getMetaData().getColumnLabel(i), rs.getString(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(String sql, Object... params) {
        return Long.parseLong(audit(sql, params).get(0).values().iterator().next());
    }

    private String[] withAddress(String[] headers) {
        String[] all = new String[headers.length + 2];
        System.arraycopy(headers, 0, all, 0, headers.length);
        all[headers.length] = "X-Forwarded-For";
        all[headers.length + 1] = address;
        return all;
    }

    private static int random(int bound) {
        return ThreadLocalRandom.current().nextInt(bound);
    }
}
