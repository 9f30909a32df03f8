package org.authgate.web.cache;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.authgate.core.session.VerifiedSessions;
import org.authgate.web.startup.Database;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * This node's ear on PostgreSQL: one connection of the pool, kept out of it for good, {@code LISTEN}s on
 * {@value #CHANNEL} and makes the node's {@link VerifiedSessions} forget every session and account another
 * node (or this one) changed. The connection proves itself alive with a round trip every
 * {@value #HEARTBEAT_MILLIS} ms; the memory is trusted for {@value #TRUST_MILLIS} ms after the last proof, so a
 * connection that dies silently stops the node answering from memory within seconds, and one that fails
 * loudly at once. On reconnecting it forgets everything: what changed meanwhile was not heard.
 *
 * <p>On H2 (the run command's single embedded node) nothing listens: changes are applied locally when they
 * commit ({@link ChangeBroadcast}), which is all one node needs, and the memory is trusted from the start.
 */
@ApplicationScoped
public class ChangeListener {
    public static final String CHANNEL = "authgate_changes";
    public static final String APPLICATION_NAME = "authgate-change-listener";
    static final long POLL_MILLIS = 500;
    static final long HEARTBEAT_MILLIS = 1000;
    static final long TRUST_MILLIS = 3000;
    private static final long MAX_BACKOFF_MILLIS = 5000;
    private static final Logger LOG = Logger.getLogger(ChangeListener.class.getName());

    @Resource
    ManagedThreadFactory threads;

    @Inject
    Database database;

    @Inject
    VerifiedSessions cache;

    /** Committed changes of this node waiting to hear their own notification, by message. */
    private final Map<ChangeMessage, List<CompletableFuture<Void>>> waiting = new ConcurrentHashMap<>();
    private volatile boolean running;
    private volatile boolean listening;
    private final AtomicLong connections = new AtomicLong();
    private Thread thread;

    /** Called once at start-up, after the schema is migrated. */
    public void start(boolean postgres) {
        if (!postgres) {
            cache.trustUntil(System.nanoTime() + Long.MAX_VALUE / 2);
            return;
        }
        running = true;
        thread = threads.newThread(this::listen);
        thread.setName("authgate-change-listener");
        thread.start();
    }

    /** Whether a live connection is listening now. */
    public boolean listening() {
        return listening;
    }

    /** How many times a listening connection was set up (more than once: it was lost and made again). */
    public long connections() {
        return connections.get();
    }

    CompletableFuture<Void> expect(ChangeMessage message) {
        CompletableFuture<Void> echo = new CompletableFuture<>();
        waiting.compute(message, (m, list) -> {
            List<CompletableFuture<Void>> l = list == null ? new ArrayList<>(2) : list;
            l.add(echo);
            return l;
        });
        return echo;
    }

    void cancel(ChangeMessage message, CompletableFuture<Void> echo) {
        waiting.computeIfPresent(message, (m, list) -> {
            list.remove(echo);
            return list.isEmpty() ? null : list;
        });
    }

    private void listen() {
        long backoff = 100;
        while (running) {
            try (Connection c = database.dataSource().getConnection(); Statement statement = c.createStatement()) {
                try {
                    listenOn(c.unwrap(PGConnection.class), statement);
                } finally {
                    giveBack(statement);
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                cache.suspend();
                if (running) {
                    String state = e instanceof SQLException sql ? " (SQLState " + sql.getSQLState() + ")" : "";
                    LOG.warning("listening for changes failed: " + e.getClass().getSimpleName() + state
                            + "; token checks read the database until it is back");
                    sleep(backoff);
                    backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
                    continue;
                }
            } finally {
                listening = false;
            }
            backoff = 100;
        }
        cache.suspend();
    }

    /** Listens until stopped; returns normally only then, and throws when the connection fails. */
    private void listenOn(PGConnection pg, Statement statement) throws SQLException {
        // Named, so that an operator finds it in pg_stat_activity (and a test can cut it).
        statement.execute("SET application_name = '" + APPLICATION_NAME + "'");
        statement.execute("LISTEN " + CHANNEL);
        // Anything that changed before LISTEN took effect was never heard: start from nothing.
        cache.forgetAll();
        long provedAt = System.nanoTime();
        cache.trustUntil(provedAt + TimeUnit.MILLISECONDS.toNanos(TRUST_MILLIS));
        listening = true;
        connections.incrementAndGet();
        LOG.info(() -> "listening for session and account changes on " + CHANNEL);
        while (running) {
            PGNotification[] notifications = pg.getNotifications((int) POLL_MILLIS);
            if (notifications != null) {
                for (PGNotification n : notifications) {
                    heard(n.getParameter());
                }
            }
            if (System.nanoTime() - provedAt >= TimeUnit.MILLISECONDS.toNanos(HEARTBEAT_MILLIS)) {
                statement.execute("SELECT 1");
                provedAt = System.nanoTime();
            }
            cache.trustUntil(provedAt + TimeUnit.MILLISECONDS.toNanos(TRUST_MILLIS));
        }
    }

    /**
     * The connection goes back to the pool as it came: one still listening would pile up notifications nobody
     * reads (in the driver's memory, and in PostgreSQL's queue), and carry the listener's name into other work.
     * Best effort: a broken connection is thrown away by the pool anyway.
     */
    private static void giveBack(Statement statement) {
        // An undeployment interrupts the container's threads, this one included: the reset runs without the flag
        // (which would fail it), and the flag is set again for whoever looks next.
        boolean interrupted = Thread.interrupted();
        try {
            statement.execute("UNLISTEN *");
            statement.execute("RESET application_name");
        } catch (SQLException | RuntimeException e) {
            LOG.fine(() -> "could not reset the listening connection: " + e.getClass().getSimpleName());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void heard(String payload) {
        ChangeMessage.parse(payload).ifPresentOrElse(message -> {
            message.applyTo(cache);
            List<CompletableFuture<Void>> echoes = waiting.remove(message);
            if (echoes != null) {
                echoes.forEach(e -> e.complete(null));
            }
        }, cache::forgetAll); // a message this version cannot read: forgetting everything is always right
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Lets the listening thread see {@code running} turn false at its next poll and give its connection back clean
     * ({@link #giveBack}); only a thread still there after a few polls (asleep in a reconnect back-off) is
     * interrupted. After an undeployment in the test command (StartupLogIT) VerifiedSessionsIT found two backends
     * named as the listener: the undeployed one's connection had gone back to the pool unreset, the reset most
     * likely failed by the interrupt.
     */
    @PreDestroy
    void stop() {
        running = false;
        cache.suspend();
        Thread t = thread;
        if (t != null) {
            try {
                t.join(POLL_MILLIS * 4);
                if (t.isAlive()) {
                    t.interrupt();
                    t.join(POLL_MILLIS * 4);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
