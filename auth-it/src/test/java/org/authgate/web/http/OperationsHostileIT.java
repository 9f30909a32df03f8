package org.authgate.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.authgate.web.api.NativeApi.bearer;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.authgate.web.api.NativeApi;
import org.authgate.web.ops.Scrape;
import org.authgate.web.testing.RawHttp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The operations endpoints as a hostile client sends to them: {@code GET /api/v1/metrics} (scrape secret configured)
 * and {@code DELETE /api/v1/admin/accounts/{id}} spelled with path tricks ({@link PathTricks}, a trailing slash,
 * matrix parameters after the id), with malformed ids, huge or many headers and wrong methods. Every answer is a 4xx
 * in the native API's problem format (or the container's own 400 for a target it cannot decode), never a 500 nor a
 * Java class name; no spelling serves the metrics or deletes the account, with the right credentials or without.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsHostileIT {
    private static final String PASSWORD = "correct horse battery";
    private static final String ACCOUNTS = "/api/v1/admin/accounts/";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Scrape.deployment();
    }

    private final NativeApi api = new NativeApi();
    private final RawHttp raw = RawHttp.local();
    private final List<String> wrong = new ArrayList<>();

    @AfterEach
    void closeConnection() {
        raw.close();
    }

    @Test
    void noSpellingOfTheMetricsPathServesThemOrAnswersMoreThanA4xx() {
        String[][] credentials = {{"Authorization", "Bearer " + Scrape.SECRET}, {"Authorization", "Bearer wrong"}, {}};
        for (String path : spellings(Scrape.PATH)) {
            for (String[] headers : credentials) {
                String what = "GET " + path + (headers.length == 0 ? " without a secret" : " with " + headers[1]);
                judge(what, path, send("GET", path, headers));
            }
        }
        assertThat(wrong).as("answers other than a 4xx problem, or the metrics on a non-canonical path").isEmpty();

        RawHttp.Response served = raw.send("GET", Scrape.PATH, (String) null, "Authorization", "Bearer " + Scrape.SECRET);
        assertThat(served.status()).as("the canonical path with the secret: " + served).isEqualTo(200);
        assertThat(served.body()).contains("authgate_");
        RawHttp.Response refused = raw.send("GET", Scrape.PATH, (String) null);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
        assertThat(ErrorFormat.PROBLEM.matches(refused)).as(refused.toString()).isTrue();
    }

    @Test
    void noSpellingOfAnAccountsPathOrMalformedIdDeletesItOrAnswersMoreThanA4xx() {
        String user = NativeApi.uniqueName("target");
        String id = api.createUser(user, PASSWORD);
        String token = api.loggedIn(user, PASSWORD).getString("accessToken");
        String admin = bearer(api.adminToken());

        List<String> paths = new ArrayList<>(spellings(ACCOUNTS + id));
        paths.addAll(List.of(ACCOUNTS + id + ";x=y", ACCOUNTS + id + "%2F", ACCOUNTS + id + "%2Fdisable",
                ACCOUNTS + id + "/..", ACCOUNTS + id + "/x/..", ACCOUNTS + "x/../" + id, ACCOUNTS + "%2e%2e/" + id));
        for (String malformed : List.of("not-a-uuid", "%20", "%00", id + "x", id.substring(1),
                id.replace('-', '_'), "00000000-0000-0000-0000-00000000000g", "x".repeat(10_000), "%27%20OR%201%3D1",
                "%F0%9F%92%A5", "%C0%AF", "..%2F..%2Fetc%2Fpasswd", "%7B" + "id" + "%7D", UUID.randomUUID().toString())) {
            paths.add(ACCOUNTS + malformed);
        }
        for (String path : paths) {
            judge("DELETE " + path + " as the administrator", path, send("DELETE", path, "Authorization", admin));
            judge("DELETE " + path + " without a token", path, send("DELETE", path));
        }
        assertThat(wrong).as("answers other than a 4xx problem").isEmpty();
        assertThat(NativeApi.count("SELECT count(*) FROM accounts WHERE id = ?::uuid", id)).as("still there")
                .isEqualTo(1);
        assertThat(api.get("/api/v1/session", "Authorization", bearer(token)).status()).isEqualTo(200);

        RawHttp.Response deleted = raw.send("DELETE", ACCOUNTS + id, (String) null, "Authorization", admin);
        assertThat(deleted.status()).as("the canonical path: " + deleted).isEqualTo(204);
    }

    /**
     * A trailing slash is no trick: Jakarta REST's matching takes it as the same resource, so it answers as the
     * canonical path does, under the same credentials: without them a 4xx problem, never the metrics nor a deletion.
     */
    @Test
    void aTrailingSlashNamesTheSameResourceUnderTheSameCredentials() {
        String user = NativeApi.uniqueName("slash");
        String id = api.createUser(user, PASSWORD);
        String path = ACCOUNTS + id + "/";
        judge("GET " + Scrape.PATH + "/ without a secret", Scrape.PATH + "/", send("GET", Scrape.PATH + "/"));
        judge("DELETE " + path + " without a token", path, send("DELETE", path));
        String notAdmin = bearer(api.loggedIn(user, PASSWORD).getString("accessToken"));
        judge("DELETE " + path + " as the account itself", path, send("DELETE", path, "Authorization", notAdmin));
        assertThat(wrong).as("answers other than a 4xx problem").isEmpty();
        assertThat(NativeApi.count("SELECT count(*) FROM accounts WHERE id = ?::uuid", id)).isEqualTo(1);

        RawHttp.Response metrics = raw.send("GET", Scrape.PATH + "/", (String) null, "Authorization",
                "Bearer " + Scrape.SECRET);
        RawHttp.Response deleted = raw.send("DELETE", path, (String) null, "Authorization", bearer(api.adminToken()));
        assertThat(List.of(metrics.status(), deleted.status())).as(metrics + "\n" + deleted)
                .isEqualTo(List.of(200, 204));
    }

    @Test
    void hugeOrManyHeadersAndWrongMethodsAre4xxProblems() {
        String user = NativeApi.uniqueName("target");
        String id = api.createUser(user, PASSWORD);
        String admin = bearer(api.adminToken());
        String account = ACCOUNTS + id;

        for (int size : new int[] {8 * 1024, 64 * 1024, 512 * 1024}) {
            String huge = "Bearer " + "x".repeat(size);
            judge("metrics with a " + size + "-character secret", Scrape.PATH,
                    send("GET", Scrape.PATH, "Authorization", huge));
            judge("DELETE with a " + size + "-character token", account, send("DELETE", account, "Authorization", huge));
            judge("DELETE with a " + size + "-character header", account,
                    send("DELETE", account, "X-Filler", "y".repeat(size)));
        }
        String[] many = new String[2 * 150];
        for (int i = 0; i < 150; i++) {
            many[2 * i] = "X-Filler-" + i;
            many[2 * i + 1] = "z".repeat(64);
        }
        judge("metrics with 150 headers", Scrape.PATH, send("GET", Scrape.PATH, many));
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE", "PROPFIND", "BREW")) {
            judge(method + " " + Scrape.PATH, Scrape.PATH, send(method, Scrape.PATH, "Authorization",
                    "Bearer " + Scrape.SECRET, "Content-Type", "application/json"));
        }
        for (String method : List.of("POST", "PUT", "PROPFIND", "BREW")) {
            judge(method + " " + account, account, send(method, account, "Authorization", admin, "Content-Type",
                    "application/json"));
        }
        assertThat(wrong).as("answers other than a 4xx problem").isEmpty();
        assertThat(NativeApi.count("SELECT count(*) FROM accounts WHERE id = ?::uuid", id)).isEqualTo(1);
        assertThat(NativeApi.count("SELECT count(*) FROM audit_records WHERE event = 'ADMIN_ACTION'"
                + " AND reason = 'DELETE_ACCOUNT' AND subject = ?::uuid", id)).isZero();
    }

    /**
     * The canonical path as every trick spells it, and with an empty matrix parameter, an encoded slash, NUL or dot
     * after it. A bare trailing slash is not among them: Jakarta REST matches it to the same resource (see
     * {@link #aTrailingSlashNamesTheSameResourceUnderTheSameCredentials}).
     */
    private static List<String> spellings(String canonical) {
        List<String> paths = new ArrayList<>();
        for (PathTricks.Trick trick : PathTricks.ALL) {
            paths.add(trick.on(canonical));
        }
        paths.addAll(List.of(canonical + ";", canonical + "/;", canonical + "%2F", canonical + "%00", canonical + "/%2e",
                canonical + "/%2E", canonical + "//"));
        return paths;
    }

    private RawHttp.Response send(String method, String target, String... headers) {
        try {
            return raw.send(method, target, method.equals("GET") || method.equals("DELETE") ? null : "{}", headers);
        } catch (UncheckedIOException e) {
            wrong.add(method + " " + abbreviated(target) + ": no answer (" + e.getCause() + ")");
            raw.close();
            return null;
        }
    }

    /** A 4xx in the problem format (or the container's 400 for an undecodable target), no leak, no metrics. */
    private void judge(String what, String target, RawHttp.Response r) {
        if (r == null) {
            return;
        }
        String finding = null;
        if (r.status() < 400 || r.status() >= 500) {
            finding = "a " + r.status();
        } else if (FuzzIT.LEAK.matcher(r.body()).find()) {
            finding = "a Java class name or stack trace";
        } else if (r.body().contains("# TYPE")) {
            finding = "the metrics";
        } else if (!ErrorFormat.PROBLEM.matches(r) && !(r.status() == 400 && !FuzzIT.decodable(target))) {
            finding = "not a problem";
        }
        if (finding != null) {
            wrong.add(abbreviated(what) + " → " + finding + ": " + r);
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…(" + text.length() + " characters)" : text;
    }
}
