package org.authgate.web.warmup;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Warms the JIT up before the node reports ready: for {@value #SECONDS} seconds after start-up the node sends itself
 * token checks (native and Wazo, with a string that is no token) and pings over its own HTTP listener, and
 * readiness ({@code web.health.WarmupReadiness}) stays DOWN until that is done.
 *
 * <p>Why: the server's JVM compiles with C2 only to keep its memory budget, and a cold node under full load spent
 * over a minute interpreting WildFly's, RESTEasy's and authgate's request path before it answered at full speed (the
 * benchmark's cold-start curve, README "Time to full speed"). A load balancer sends a node traffic once it is ready,
 * so the compiling is better done before, by a few connections that leave the compiler threads CPU, than by the first
 * minute of real clients. Nothing the warm-up does is recorded: a string that is no token opens no session and
 * writes no audit row, and {@link WarmupRequests} keeps its requests out of the metrics. They carry a random header value
 * that lives only in this JVM and only until the warm-up ends.
 *
 * <p>Where it sends: {@value #URL} when set; on WildFly by default its HTTP listener on the loopback address (port
 * 8080 plus the socket-binding offset) and this deployment's context path; elsewhere (Payara) only when set. A first
 * answer without the acknowledgement means another server listens there: the warm-up is skipped, with a warning.
 */
@ApplicationScoped
public class Warmup {
    static final String SECONDS = "authgate.warmup.seconds";
    static final String URL = "authgate.warmup.url";
    /** The request header carrying this JVM's warm-up secret, and the answer's acknowledgement of it. */
    static final String HEADER = "Authgate-Warmup";
    static final String ACCEPTED = "accepted";
    /**
     * Enough to keep both cores of a small machine busy (a cold request mostly waits for the interpreter), few enough
     * that the compiler threads still get their share.
     */
    private static final int CONNECTIONS = 8;
    /**
     * Not an access token of any form (a tilde is no base64url character): checked without a database query, so the
     * warm-up compiles the request path of a check and not Hibernate's, which a check answered from the
     * verified-session memory never runs.
     */
    private static final String NOT_A_TOKEN = "warm~up~";
    private static final String PING = "/api/v1/ping";
    /** How long the listener may take to answer the first ping after the deployment's start-up finished. */
    private static final Duration REACH = Duration.ofSeconds(60);
    private static final Logger LOG = Logger.getLogger(Warmup.class.getName());

    @Inject
    Config config;

    @Resource
    ManagedThreadFactory threads;

    private volatile String secret;
    /** Only while a warm-up runs: a node on which none was started (off, skipped, no start event) is not held back. */
    private volatile boolean running;
    private volatile boolean stopping;

    /** After {@code web.startup.Startup} (its observer's default priority is lower): nothing to warm if it failed. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
            ServletContext context) {
        int seconds = config.getOptionalValue(SECONDS, Integer.class).orElse(0);
        if (seconds < 0 || seconds > 600) {
            throw new IllegalArgumentException(SECONDS + " must be between 0 (no warm-up) and 600, not " + seconds);
        }
        Optional<String> base = config.getOptionalValue(URL, String.class).filter(u -> !u.isBlank())
                .map(u -> u.strip().replaceAll("/+$", "")).or(() -> wildflyListener(context.getContextPath()));
        if (seconds == 0 || base.isEmpty()) {
            LOG.info(() -> seconds == 0 ? "JIT warm-up off (" + SECONDS + "=0)"
                    : "JIT warm-up skipped: not on WildFly, and " + URL + " (AUTHGATE_WARMUP_URL) names no address of"
                            + " this server's HTTP listener");
            return;
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        LOG.info(() -> "JIT warm-up: the node sends itself token checks at " + base.get() + " for " + seconds
                + " s; /health/ready is DOWN until then (" + SECONDS + ")");
        running = true;
        try {
            threads.newThread(() -> run(base.get(), Duration.ofSeconds(seconds))).start();
        } catch (RuntimeException e) {
            running = false;
            secret = null;
            LOG.warning(() -> "JIT warm-up not started, the node is ready without it: " + e);
        }
    }

    /** This WildFly's HTTP listener on the loopback address, from the system properties its sockets are made of. */
    private static Optional<String> wildflyListener(String contextPath) {
        if (System.getProperty("jboss.home.dir") == null) {
            return Optional.empty();
        }
        int port = Integer.getInteger("jboss.http.port", 8080) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        String bind = System.getProperty("jboss.bind.address", "127.0.0.1");
        String host = bind.equals("0.0.0.0") || bind.equals("::") ? "127.0.0.1" : bind;
        return Optional.of("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + contextPath);
    }

    /** Whether the warm-up is over (done, skipped or off): readiness waits for it. */
    public boolean finished() {
        return !running;
    }

    /** The value that marks this JVM's own warm-up requests, while it runs; empty before and after. */
    Optional<String> secret() {
        return Optional.ofNullable(secret);
    }

    @PreDestroy
    void stop() {
        stopping = true;
    }

    private void run(String base, Duration length) {
        try {
            if (reach(base)) {
                drive(base, length);
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "JIT warm-up stopped early, the node is ready without it: " + e);
        } finally {
            secret = null;
            running = false;
        }
    }

    /** Pings until this deployment acknowledges the secret; false when another server answers or none does. */
    private boolean reach(String base) {
        long deadline = System.nanoTime() + REACH.toNanos();
        while (!stopping && System.nanoTime() < deadline) {
            try {
                HttpURLConnection ping = open(base + PING);
                int status = ping.getResponseCode();
                String acknowledged = ping.getHeaderField(HEADER);
                drain(ping, status);
                if (ACCEPTED.equals(acknowledged)) {
                    return true;
                }
                if (status != 404 && status != 503) {
                    LOG.warning(() -> "JIT warm-up skipped: " + base + " answered " + status
                            + " without acknowledging this node's warm-up, so another server listens there; set "
                            + URL + " (AUTHGATE_WARMUP_URL) to this server's HTTP listener");
                    return false;
                }
            } catch (IOException notYet) {
                // the listener, or this deployment's routes, are not up yet
            }
            pause(250);
        }
        LOG.warning(() -> "JIT warm-up skipped: " + base + " did not answer in " + REACH.toSeconds() + " s; set "
                + URL + " (AUTHGATE_WARMUP_URL) to this server's HTTP listener");
        return false;
    }

    private void drive(String base, Duration length) {
        int seconds = (int) length.toSeconds();
        AtomicLongArray perSecond = new AtomicLongArray(seconds);
        long start = System.nanoTime();
        long end = start + length.toNanos();
        List<Thread> drivers = new ArrayList<>();
        for (int i = 0; i < CONNECTIONS; i++) {
            Thread driver = threads.newThread(() -> {
                for (long n = 0; !stopping && System.nanoTime() < end; n++) {
                    send(base, n);
                    int second = (int) ((System.nanoTime() - start) / 1_000_000_000L);
                    if (second < seconds) {
                        perSecond.incrementAndGet(second);
                    }
                }
            });
            drivers.add(driver);
            driver.start();
        }
        for (Thread driver : drivers) {
            try {
                driver.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        long total = 0;
        for (int i = 0; i < seconds; i++) {
            total += perSecond.get(i);
        }
        long sent = total;
        LOG.info(() -> "JIT warm-up done: " + sent + " requests to itself in " + seconds + " s over " + CONNECTIONS
                + " connections (first second " + perSecond.get(0) + "/s, last " + perSecond.get(seconds - 1)
                + "/s); ready");
    }

    /** The n-th request of a driver: the native check twice, Wazo's check and the ping in turn. */
    private void send(String base, long n) {
        try {
            HttpURLConnection request = switch ((int) (n % 4)) {
                case 0, 1 -> {
                    HttpURLConnection check = open(base + "/api/v1/session");
                    check.setRequestProperty("Authorization", "Bearer " + NOT_A_TOKEN);
                    yield check;
                }
                case 2 -> open(base + "/api/auth/0.1/token/" + NOT_A_TOKEN);
                default -> open(base + PING);
            };
            drain(request, request.getResponseCode());
        } catch (IOException e) {
            pause(100);
        }
    }

    /**
     * A GET carrying the secret. {@link HttpURLConnection} rather than {@code java.net.http.HttpClient}: the client
     * runs in this cold JVM too, and the far larger asynchronous client spent the warm-up compiling itself.
     */
    private HttpURLConnection open(String url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        connection.setConnectTimeout(2_000);
        connection.setReadTimeout(10_000);
        String value = secret;
        connection.setRequestProperty(HEADER, value == null ? "" : value);
        return connection;
    }

    /** Reads the answer to its end, so that the connection goes back to the keep-alive pool. */
    private static void drain(HttpURLConnection connection, int status) throws IOException {
        try (InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            if (body != null) {
                body.transferTo(OutputStream.nullOutputStream());
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
