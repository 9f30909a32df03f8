package org.authgate.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.authgate.web.testing.HttpTestClient;
import org.junit.jupiter.api.Test;

/**
 * 100,000 accounts in one import (format {@code accounts}, each with the same Laravel bcrypt hash: importing checks
 * a hash's form, never derives it), measured: the time of the request and the server's heap (peak of its pools).
 * The numbers go to the README; the assertions only hold what must not regress: all imported, a re-import of the
 * same file all skipped, and a peak heap far below the body's size times what binding a JSON document costs.
 */
class LargeImportIT extends ApiTest {
    private static final int ACCOUNTS = Integer.getInteger("authgate.it.large-import.accounts", 100_000);
    private static final String HASH = "$2y$10$SK205oH1e61m6Igr0DzW8eUwJKJY7VT3ISiTWRyBrLTxOBKzSSGC2";

    @Test
    void aHundredThousandAccountsImportInBatchesWithoutHoldingTheFile() {
        String prefix = NativeApi.uniqueName("bulk");
        StringBuilder body = new StringBuilder(ACCOUNTS * 140).append('[');
        for (int i = 0; i < ACCOUNTS; i++) {
            body.append(i == 0 ? "" : ",").append("{\"username\":\"").append(prefix).append('-').append(i)
                    .append("\",\"email\":\"").append(prefix).append('-').append(i)
                    .append("@bulk.example\",\"passwordHash\":\"").append(HASH).append("\",\"roles\":[\"member\"]}");
        }
        String json = body.append(']').toString();
        String admin = NativeApi.bearer(api.adminToken());
        HttpTestClient.Response reset = api.send("POST", "/test-support/memory", null, null);
        assertThat(reset.status()).as(reset.toString()).isEqualTo(204);

        long start = System.nanoTime();
        HttpTestClient.Response r = importing(json, admin);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonObject memory = api.get("/test-support/memory").json();
        System.out.printf("LargeImportIT: %d accounts, %d bytes, imported in %d ms (%.0f accounts/s);"
                        + " server heap peak %d MiB (used after %d MiB, max %d MiB)%n", ACCOUNTS, json.length(),
                millis, ACCOUNTS * 1000.0 / millis, memory.getJsonNumber("peakBytes").longValue() >> 20,
                memory.getJsonNumber("usedBytes").longValue() >> 20, memory.getJsonNumber("maxBytes").longValue() >> 20);
        assertThat(r.json().getInt("imported")).isEqualTo(ACCOUNTS);
        assertThat(NativeApi.count("SELECT COUNT(*) FROM accounts WHERE username LIKE ?", prefix + "-%"))
                .isEqualTo(ACCOUNTS);
        assertThat(api.login(prefix + "-" + (ACCOUNTS - 1), "Eve-Online-2003!").status()).isEqualTo(200);

        long again = System.nanoTime();
        HttpTestClient.Response reimport = importing(json, admin);
        System.out.printf("LargeImportIT: re-import (all skipped) in %d ms%n", (System.nanoTime() - again) / 1_000_000);
        assertThat(reimport.json().getInt("skipped")).as(reimport.toString()).isEqualTo(ACCOUNTS);
    }

    /** The import with a timeout of its own: minutes, where the client's usual 30 s suit any other request. */
    private HttpTestClient.Response importing(String json, String admin) {
        return api.http().send(HttpRequest.newBuilder(HttpTestClient.HTTP.resolve("/api/v1/admin/imports?format=accounts"))
                .timeout(Duration.ofMinutes(15)).header("Content-Type", "application/json")
                .header("Authorization", admin).POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }
}
