package org.authgate.web.core;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.authgate.core.connector.AuthenticationResult;
import org.authgate.core.connector.Connector;
import org.authgate.core.connector.ConnectorCalls;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.connector.ConnectorUnavailable;
import org.authgate.core.connector.Credentials;
import org.authgate.core.connector.InProcess;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Connector calls bounded in time and number, so that a backend that hangs costs each login at most
 * {@code authgate.connectors.timeout-millis} and holds at most {@code authgate.connectors.max-concurrent-calls}
 * request threads per connector; the rest of the server answers on. ({@link org.authgate.web.usecase.Login#login}
 * waits outside any transaction, so those threads hold no database connection.)
 *
 * <p>A remote connector runs on a thread of the container's {@link ManagedThreadFactory} while the request waits
 * for the answer. Past the timeout the request goes on without it (a backend failure, audited and refused like a
 * wrong password) and the call is interrupted. A call that ignores the interrupt keeps its permit until it
 * really returns: the permits count the threads still inside the connector, not the requests waiting, so a
 * backend that swallows threads soon finds every permit taken, and further logins to it are refused at once
 * (again a backend failure) instead of piling up threads. That thread has no transaction (Jakarta Concurrency
 * does not carry one to another thread), and every store joins a transaction as MANDATORY: a late call cannot
 * write anything, let alone into the request's transaction.
 *
 * <p>An {@link InProcess} connector ({@code local}) is called directly: its backend is this database, in the
 * caller's transaction, which another thread could not join.
 */
@ApplicationScoped
public class BoundedConnectorCalls implements ConnectorCalls {

    @Resource
    ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "authgate.connectors.timeout-millis", defaultValue = "10000")
    long timeoutMillis;

    @Inject
    @ConfigProperty(name = "authgate.connectors.max-concurrent-calls", defaultValue = "8")
    int maxConcurrentCalls;

    private final Map<ConnectorId, Semaphore> permits = new ConcurrentHashMap<>();
    private ExecutorService executor;

    @PostConstruct
    void start() {
        if (timeoutMillis < 1 || maxConcurrentCalls < 1) {
            throw new IllegalStateException("authgate.connectors.timeout-millis and"
                    + " authgate.connectors.max-concurrent-calls must be at least 1");
        }
        // A new thread per call beyond the idle ones, no queue: the permits bound the threads per connector, and a
        // queue would make one connector's calls wait behind another's hung ones.
        executor = Executors.newCachedThreadPool(threads);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    @Override
    public AuthenticationResult authenticate(Connector connector, Credentials credentials) {
        if (connector instanceof InProcess) {
            return connector.authenticate(credentials);
        }
        Semaphore free = permits.computeIfAbsent(connector.id(), id -> new Semaphore(maxConcurrentCalls));
        if (!free.tryAcquire()) {
            throw new ConnectorUnavailable("connector " + connector.id() + ": " + maxConcurrentCalls
                    + " calls still waiting on its backend, login refused at once");
        }
        Call call = new Call(connector, credentials, free);
        try {
            executor.execute(call);
        } catch (RejectedExecutionException e) {
            free.release();
            throw new ConnectorUnavailable("connector " + connector.id() + ": no thread to call it");
        }
        try {
            return call.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new ConnectorUnavailable("connector " + connector.id() + " did not answer within " + timeoutMillis
                    + " ms");
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new ConnectorUnavailable("interrupted while waiting for connector " + connector.id());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure; // the connector's own failure, as if it had been called directly
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("connector " + connector.id() + " failed", e.getCause());
        }
    }

    /** How many more calls {@code id} may take now (its bound when it was never called). */
    int freeCalls(ConnectorId id) {
        Semaphore free = permits.get(id);
        return free == null ? maxConcurrentCalls : free.availablePermits();
    }

    /**
     * One connector call. The permit is given back when the thread leaves {@link #run} (also for a call cancelled
     * before it started, whose run returns at once), never when the waiting request gives up.
     */
    private static final class Call extends FutureTask<AuthenticationResult> {
        private final Semaphore permit;

        Call(Connector connector, Credentials credentials, Semaphore permit) {
            super(() -> connector.authenticate(credentials));
            this.permit = permit;
        }

        @Override
        public void run() {
            try {
                super.run();
            } finally {
                permit.release();
            }
        }
    }
}
