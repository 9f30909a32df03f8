package org.authgate.web.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.authgate.core.connector.AuthenticationResult;
import org.authgate.core.connector.Connector;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.connector.ConnectorUnavailable;
import org.authgate.core.connector.Credentials;
import org.authgate.core.connector.InProcess;
import org.authgate.core.connector.LoginForm;
import org.authgate.core.connector.RejectionReason;
import org.authgate.core.identity.TenantId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedConnectorCallsTest {
    private static final Credentials ANY = Credentials.of(new TenantId("default"), "alice", "secret");

    private final BoundedConnectorCalls calls = bounded(2);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void letGo() {
        release.countDown();
        calls.stop();
    }

    @Test
    void aRemoteConnectorThatHangsCostsTheTimeoutThenItsHeldCallsRefuseFurtherLoginsAtOnce() {
        AtomicInteger entered = new AtomicInteger();
        Connector deaf = connector("deaf", credentials -> {
            entered.incrementAndGet();
            awaitDeafToInterrupts(release);
            return AuthenticationResult.Rejected.because(RejectionReason.BAD_CREDENTIALS);
        });

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> calls.authenticate(deaf, ANY)).isInstanceOf(ConnectorUnavailable.class)
                    .hasMessageContaining("did not answer within 50 ms");
        }
        assertThatThrownBy(() -> calls.authenticate(deaf, ANY)).isInstanceOf(ConnectorUnavailable.class)
                .hasMessageContaining("2 calls still waiting");
        assertThat(entered).as("the third call never reached the backend").hasValue(2);

        Connector other = connector("other", credentials -> AuthenticationResult.Rejected.because(
                RejectionReason.UNKNOWN_USER));
        assertThat(calls.authenticate(other, ANY)).as("another connector is not held up")
                .isEqualTo(AuthenticationResult.Rejected.because(RejectionReason.UNKNOWN_USER));
    }

    @Test
    void aTimedOutCallThatHonoursTheInterruptGivesItsPermitBack() throws InterruptedException {
        CountDownLatch left = new CountDownLatch(2);
        AtomicInteger entered = new AtomicInteger();
        Connector polite = connector("polite", credentials -> {
            entered.incrementAndGet();
            try {
                release.await();
            } catch (InterruptedException e) {
                left.countDown();
            }
            throw new IllegalStateException("gave up");
        });
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> calls.authenticate(polite, ANY)).isInstanceOf(ConnectorUnavailable.class);
        }
        assertThat(left.await(10, TimeUnit.SECONDS)).as("both calls were interrupted").isTrue();
        awaitPermits("polite", 2);

        assertThatThrownBy(() -> calls.authenticate(polite, ANY)).hasMessageContaining("did not answer");
        assertThat(entered).hasValue(3);
    }

    @Test
    void aConnectorsOwnFailureComesThroughAsItIs() {
        IllegalStateException failure = new IllegalStateException("ldap down");
        Connector broken = connector("broken", credentials -> {
            throw failure;
        });

        assertThatThrownBy(() -> calls.authenticate(broken, ANY)).isSameAs(failure);
        assertThat(calls.authenticate(connector("fine", c -> AuthenticationResult.Rejected.because(
                RejectionReason.BAD_CREDENTIALS)), ANY)).isNotNull();
    }

    @Test
    void anInProcessConnectorRunsOnTheCallersThreadInItsTransaction() {
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        Connector local = new InProcessConnector(credentials -> {
            ranOn.set(Thread.currentThread());
            return AuthenticationResult.Rejected.because(RejectionReason.UNKNOWN_USER);
        });

        calls.authenticate(local, ANY);

        assertThat(ranOn.get()).isSameAs(Thread.currentThread());
    }

    private void awaitPermits(String id, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (calls.freeCalls(new ConnectorId(id)) != expected && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(calls.freeCalls(new ConnectorId(id))).isEqualTo(expected);
    }

    private static BoundedConnectorCalls bounded(int maxConcurrentCalls) {
        BoundedConnectorCalls calls = new BoundedConnectorCalls();
        calls.threads = new PlainThreads();
        calls.timeoutMillis = 50;
        calls.maxConcurrentCalls = maxConcurrentCalls;
        calls.start();
        return calls;
    }

    private static void awaitDeafToInterrupts(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException ignored) {
                // like a socket read that does not notice
            }
        }
    }

    private interface Behaviour {
        AuthenticationResult authenticate(Credentials credentials);
    }

    private static Connector connector(String id, Behaviour behaviour) {
        return new Scripted(id, behaviour);
    }

    private static class Scripted implements Connector {
        private final ConnectorId id;
        private final Behaviour behaviour;

        Scripted(String id, Behaviour behaviour) {
            this.id = new ConnectorId(id);
            this.behaviour = behaviour;
        }

        @Override
        public ConnectorId id() {
            return id;
        }

        @Override
        public LoginForm loginForm() {
            return LoginForm.passwordWithOptionalCode();
        }

        @Override
        public AuthenticationResult authenticate(Credentials credentials) {
            return behaviour.authenticate(credentials);
        }
    }

    private static final class InProcessConnector extends Scripted implements InProcess {
        InProcessConnector(Behaviour behaviour) {
            super("local", behaviour);
        }
    }

    /** The container's thread factory stands in for a plain one: daemon threads, nothing contextual. */
    private static final class PlainThreads implements ManagedThreadFactory {
        @Override
        public Thread newThread(Runnable r) {
            Thread t = Executors.defaultThreadFactory().newThread(r);
            t.setDaemon(true);
            return t;
        }

        @Override
        public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            return ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        }
    }
}
