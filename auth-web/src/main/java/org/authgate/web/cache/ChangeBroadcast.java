package org.authgate.web.cache;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.session.SessionId;
import org.authgate.core.session.VerifiedSessions;
import org.authgate.persistence.Jpa;
import org.authgate.persistence.QueryPlanning;

/**
 * Announces that a session or an account changed, from inside the changing transaction. On PostgreSQL the
 * announcement is a {@code NOTIFY}, which PostgreSQL holds back until the commit and then delivers to every
 * listening node, or drops with a rollback: a change and its announcement commit together or not at all.
 *
 * <p>Session rows announce themselves: a trigger on {@code sessions} (migration V5) sends the notification of
 * every UPDATE that changes more than the last-seen time, and of every DELETE, in the changing transaction, so
 * {@link #sessionChanged} only prepares the forgetting and the echo wait. Its callers (SessionStore.update: a new
 * token, state or expiry) always change more; a call that did not would cost the bounded echo wait, nothing else.
 *
 * <p>After the commit this node forgets the change at once, then waits (briefly, bounded) until its own
 * listener hears the notification: PostgreSQL hands it to every listener at the same moment, so once this
 * node has heard it, the others have been told too, and the client that caused the change can go to any node
 * next. Without a listening connection the wait is skipped; the other nodes still get the notification.
 */
@ApplicationScoped
public class ChangeBroadcast {
    /** How long a committed change waits for its own notification to come back; a lagging listener costs this. */
    static final long ECHO_WAIT_MILLIS = 1000;
    private static final Object PENDING = ChangeBroadcast.class.getName() + ".pending";

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry registry;

    @PersistenceContext(unitName = Jpa.UNIT)
    EntityManager em;

    @Inject
    VerifiedSessions cache;

    @Inject
    ChangeListener listener;

    @Inject
    QueryPlanning database;

    /**
     * A session row is being updated in this transaction. On PostgreSQL the row's own trigger (migration V5) sends
     * the notification with the UPDATE, so only the echo is awaited here: one round trip less per change.
     */
    public void sessionChanged(SessionId id) {
        changed(ChangeMessage.session(id), false);
    }

    public void accountChanged(SubjectId id) {
        changed(ChangeMessage.account(id), true);
    }

    private void changed(ChangeMessage message, boolean notify) {
        Pending pending = (Pending) registry.getResource(PENDING);
        if (pending == null) {
            pending = new Pending();
            registry.putResource(PENDING, pending);
            registry.registerInterposedSynchronization(pending);
        }
        if (pending.echoes.containsKey(message)) {
            return;
        }
        // Waiting for the echo is registered before the NOTIFY, so the echo cannot come first.
        pending.echoes.put(message, listener.listening() ? listener.expect(message) : null);
        if (notify && database.isPostgres()) {
            // COMMIT flush mode: a native query would otherwise flush every pending change of the transaction first.
            em.createNativeQuery("SELECT pg_notify(?1, ?2)").setParameter(1, ChangeListener.CHANNEL)
                    .setParameter(2, message.text()).setFlushMode(FlushModeType.COMMIT).getSingleResult();
        }
    }

    /** The changes of one transaction, acted on when it ends. */
    private final class Pending implements Synchronization {
        private final Map<ChangeMessage, CompletableFuture<Void>> echoes = new LinkedHashMap<>();

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            boolean committed = status == Status.STATUS_COMMITTED;
            if (committed) {
                echoes.keySet().forEach(m -> m.applyTo(cache));
            }
            CompletableFuture<?>[] waits = echoes.values().stream().filter(f -> f != null)
                    .toArray(CompletableFuture[]::new);
            try {
                if (committed && waits.length > 0) {
                    CompletableFuture.allOf(waits).get(ECHO_WAIT_MILLIS, TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                // A late echo only means the other nodes hear it a little later; the change is committed.
            } finally {
                echoes.forEach((m, f) -> {
                    if (f != null) {
                        listener.cancel(m, f);
                    }
                });
            }
        }
    }
}
