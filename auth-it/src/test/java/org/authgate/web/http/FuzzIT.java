package org.authgate.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.authgate.web.api.ApiTest;
import org.authgate.web.testing.HttpTestClient;
import org.authgate.web.testing.RawHttp;
import org.junit.jupiter.api.Test;

/**
 * 10,000 malformed requests ({@link FuzzRequests}) over every route of the native API and of every dialect,
 * from a seeded generator ({@code -Dauthgate.fuzz.seed=N} replays a run; the seed is printed), sent over four
 * keep-alive connections. Every answer must be below 500 (except 365View's documented 500 for a failed login),
 * carry no Java exception or stack trace, and every error must be in the format of the route's owner; the
 * server must still be ready afterwards. All findings are collected and reported together, each with the
 * request that caused it.
 */
class FuzzIT extends ApiTest {
    private static final long SEED = Long.getLong("authgate.fuzz.seed", 20261207L);
    private static final int REQUESTS = Integer.getInteger("authgate.fuzz.requests", 10_000);
    private static final int CONNECTIONS = 4;
    private static final String APP_TOKEN = System.getProperty("authgate.it.oneentry.app-token", "it-oneentry-app-token");
    /** What must never be in an answer: a Java class name or a stack trace. */
    static final Pattern LEAK = Pattern.compile(
            "Exception|\\bat (org|java|jakarta|io|sun)\\.|java\\.|jakarta\\.|org\\.jboss|io\\.undertow|org\\.eclipse"
                    + "|RESTEASY|org\\.hibernate|org\\.postgresql");

    @Test
    void malformedRequestsNeverBreakTheServerOrItsFormats() throws Exception {
        System.out.println("FuzzIT: seed " + SEED + " (-Dauthgate.fuzz.seed=" + SEED + " replays it), " + REQUESTS
                + " requests");
        FuzzRequests generator = new FuzzRequests(SEED, api.adminToken(), APP_TOKEN);
        List<FuzzRequests.Request> requests = new ArrayList<>(REQUESTS);
        for (int i = 0; i < REQUESTS; i++) {
            requests.add(generator.next(i));
        }
        List<String> findings = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger nextRequest = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < CONNECTIONS; c++) {
                workers.add(pool.submit(() -> {
                    try (RawHttp raw = RawHttp.local()) {
                        for (int i = nextRequest.getAndIncrement(); i < requests.size(); i = nextRequest.getAndIncrement()) {
                            FuzzRequests.Request request = requests.get(i);
                            try {
                                RawHttp.Response r = raw.send(request.method(), request.target(), request.body(),
                                        request.headers());
                                statuses.computeIfAbsent(r.status(), s -> new AtomicInteger()).incrementAndGet();
                                String problem = judge(request, r);
                                if (problem != null) {
                                    findings.add(problem + "\n  " + request.describe() + "\n  → " + r);
                                }
                            } catch (UncheckedIOException e) {
                                findings.add("no answer (" + e.getCause() + ")\n  " + request.describe());
                                raw.close();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("FuzzIT: " + REQUESTS + " requests in " + millis + " ms; statuses " + new TreeMap<>(statuses)
                + "; " + findings.size() + " findings");
        findings.stream().limit(60).forEach(f -> System.out.println("FuzzIT finding: " + f));

        HttpTestClient.Response ready = HttpTestClient.http().get("/health/ready");
        assertThat(ready.status()).as("ready after the fuzz: " + ready).isEqualTo(200);
        assertThat(findings).as("findings of seed " + SEED + " (first ones printed on the console)").isEmpty();
    }

    /** What is wrong with {@code r} as an answer to {@code request}, or null. */
    private static String judge(FuzzRequests.Request request, RawHttp.Response r) {
        if (LEAK.matcher(r.body()).find()) {
            return "a Java class name or stack trace in the body";
        }
        if (r.status() >= 500 && !view365LoginFailure(request, r)) {
            return "a " + r.status();
        }
        if (r.status() < 400 || request.method().equals("HEAD") || containerRefusal(request, r)) {
            return null;
        }
        ErrorFormat format = ErrorFormat.ownerOf(CanonicalPath.ownerPath(request.path()));
        return format.matches(r) ? null : "an error not in " + format + "'s format";
    }

    /**
     * A request target Undertow cannot decode (a malformed escape, or escapes that are not UTF-8) is refused by the
     * container with its own 400 before any application code runs, so no dialect can format it (WildFly's listener
     * options only choose between refusing and decoding; see docs/gates.md).
     */
    private static boolean containerRefusal(FuzzRequests.Request request, RawHttp.Response r) {
        return r.status() == 400 && !decodable(request.target());
    }

    static boolean decodable(String target) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '%') {
                if (i + 2 >= target.length() || Character.digit(target.charAt(i + 1), 16) < 0
                        || Character.digit(target.charAt(i + 2), 16) < 0) {
                    return false;
                }
                bytes.write(Integer.parseInt(target.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /** 365View answers a failed login with 500 and "Login failed: …" (its documented contract). */
    private static boolean view365LoginFailure(FuzzRequests.Request request, RawHttp.Response r) {
        return r.status() == 500 && request.method().equals("POST") && ErrorFormat.ownerOf(
                CanonicalPath.ownerPath(request.path())) == ErrorFormat.VIEW365
                && r.contentType().startsWith("text/plain") && r.body().startsWith("Login failed: ");
    }
}
