package org.authgate.web.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditTrail;
import org.authgate.core.audit.Outcome;
import org.authgate.core.connector.AuthenticationResult;
import org.authgate.core.connector.Credentials;
import org.authgate.core.session.Dialect;

/**
 * Test-only connector {@value #ID}: a backend that hangs like a blocking socket read, deaf to interrupts, until the
 * test releases it ({@link TestConnectorsResource}) or 90 s have passed. Then it tries to write an audit record
 * for {@code late-<login>}, as a connector that answers after the login gave up might: the test checks that the
 * write is refused and no such row exists. Enabled in the ITs' server through {@code AUTHGATE_CONNECTORS_ENABLED}.
 */
@ApplicationScoped
public class HangingConnector extends TestConnector {
    public static final String ID = "test-hanging";
    public static final String LATE_PREFIX = "late-";

    @Inject
    AuditTrail audit;

    private volatile CountDownLatch gate = new CountDownLatch(1);
    private final AtomicInteger entered = new AtomicInteger();
    private final AtomicInteger inside = new AtomicInteger();
    private final AtomicInteger lateWritesRefused = new AtomicInteger();
    private final AtomicInteger lateWritesDone = new AtomicInteger();

    public HangingConnector() {
        super(ID);
    }

    @Override
    public AuthenticationResult authenticate(Credentials credentials) {
        entered.incrementAndGet();
        inside.incrementAndGet();
        try {
            boolean interrupted = awaitIgnoringInterrupts(gate);
            try {
                audit.of(AuditEvent.LOGIN_FAILED, Outcome.FAILURE, Dialect.NATIVE)
                        .username(LATE_PREFIX + credentials.login()).reason("LATE_WRITE").write();
                lateWritesDone.incrementAndGet();
            } catch (RuntimeException refused) {
                lateWritesRefused.incrementAndGet();
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("the hanging backend gave up");
        } finally {
            inside.decrementAndGet();
        }
    }

    private static boolean awaitIgnoringInterrupts(CountDownLatch latch) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        boolean interrupted = false;
        while (System.nanoTime() < deadline) {
            try {
                if (latch.await(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true; // a real blocking read would not notice either
            }
        }
        return interrupted;
    }

    /** Lets every waiting call go and starts afresh (new calls hang again). */
    public void release() {
        CountDownLatch old = gate;
        gate = new CountDownLatch(1);
        old.countDown();
    }

    public String state() {
        return "{\"entered\":" + entered.get() + ",\"inside\":" + inside.get() + ",\"lateWritesRefused\":"
                + lateWritesRefused.get() + ",\"lateWritesDone\":" + lateWritesDone.get() + "}";
    }

    public void resetCounts() {
        entered.set(0);
        lateWritesRefused.set(0);
        lateWritesDone.set(0);
    }
}
