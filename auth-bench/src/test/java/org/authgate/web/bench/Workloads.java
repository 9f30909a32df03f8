package org.authgate.web.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The requests of each phase, shaped as the APIs' own tests and the dialects' documents send them (README,
 * docs/dialects/*.md). Logins rotate over the seeded accounts so that no per-name limit (Kuzzle's logins per second)
 * is what gets measured.
 */
final class Workloads {
    /** The trivial endpoint: through the same JAX-RS stack, touching nothing else. */
    static final String PING = "/api/v1/ping";
    static final String PASSWORD = "bench-password-1";
    private static final String WAZO_AUTH = "/api/auth/0.1";

    private final int accounts;

    Workloads(int accounts) {
        this.accounts = accounts;
    }

    /** The n-th seeded account's name, wrapping around. */
    String user(long n) {
        return "bench-" + (1 + Math.floorMod(n, accounts));
    }

    BenchWorker nativeLogin(int connection, int connections) {
        long[] next = {connection};
        return c -> c.send("POST", "/api/v1/login", "{\"login\":\"" + user(advance(next, connections))
                + "\",\"password\":\"" + PASSWORD + "\",\"clientId\":\"bench\"}");
    }

    BenchWorker kuzzleLogin(int connection, int connections) {
        long[] next = {connection};
        return c -> c.send("POST", "/_login/local", "{\"username\":\"" + user(advance(next, connections))
                + "\",\"password\":\"" + PASSWORD + "\"}");
    }

    BenchWorker azauthLogin(int connection, int connections) {
        long[] next = {connection};
        return c -> c.send("POST", "/api/auth/authenticate", "{\"email\":\"" + user(advance(next, connections))
                + "\",\"password\":\"" + PASSWORD + "\",\"code\":null}");
    }

    /** The native token check: the session of a bearer token (opaque or JWT). */
    static BenchWorker nativeCheck(String token) {
        String bearer = "Bearer " + token;
        return c -> c.send("GET", "/api/v1/session", null, "Authorization", bearer);
    }

    /** Wazo's token check, {@code GET /token/{token}} (the SDK's validateToken). */
    static BenchWorker wazoCheck(String token) {
        String path = WAZO_AUTH + "/token/" + token;
        return c -> c.send("GET", path, null);
    }

    static BenchWorker ping() {
        return c -> c.send("GET", PING, null);
    }

    /**
     * Refresh with rotation: each refresh token is single-use, so this connection presents the one its previous
     * refresh answered. A failed refresh (counted as an error) starts a new chain with a fresh login.
     */
    BenchWorker refreshChain(BenchTarget target, long account) {
        // The chain's first token comes before the clock starts: a login costs a hash, which is not what this measures.
        String[] current = {nativeTokens(target, account, "opaque").field("refreshToken")};
        return c -> {
            if (current[0] == null) {
                current[0] = loginTokens(c, user(account), "opaque").field("refreshToken");
            }
            BenchReply reply = c.send("POST", "/api/v1/refresh", "{\"refreshToken\":\"" + current[0] + "\"}");
            current[0] = reply.ok() ? reply.field("refreshToken") : null;
            return reply;
        };
    }

    /** An access token of the native API in {@code format} ({@code opaque} or {@code jwt}), for a check phase. */
    String nativeToken(BenchTarget target, long account, String format) {
        return nativeTokens(target, account, format).field("accessToken");
    }

    private BenchReply nativeTokens(BenchTarget target, long account, String format) {
        try (BenchConnection c = new BenchConnection(target)) {
            return loginTokens(c, user(account), format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Wazo token: wazo-auth's login with HTTP Basic, over HTTPS as the SDK does. */
    String wazoToken(BenchTarget https, long account) {
        String basic = Base64.getEncoder().encodeToString((user(account) + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        try (BenchConnection c = new BenchConnection(https)) {
            BenchReply reply = c.send("POST", WAZO_AUTH + "/token", "{\"backend\":\"wazo_user\",\"expiration\":3600}",
                    "Authorization", "Basic " + basic);
            return required(reply, "Wazo login").field("token");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BenchReply loginTokens(BenchConnection c, String user, String format) throws IOException {
        return required(c.send("POST", "/api/v1/login", "{\"login\":\"" + user + "\",\"password\":\"" + PASSWORD
                + "\",\"clientId\":\"bench\",\"tokenFormat\":\"" + format + "\"}"), "native login");
    }

    private static BenchReply required(BenchReply reply, String what) {
        if (!reply.ok()) {
            throw new IllegalStateException(what + " failed: " + reply.status() + " " + reply.body());
        }
        return reply;
    }

    private static long advance(long[] next, int step) {
        long n = next[0];
        next[0] += step;
        return n;
    }
}
