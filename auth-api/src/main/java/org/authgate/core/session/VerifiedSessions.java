package org.authgate.core.session;

import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import org.authgate.core.identity.Identity;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.token.TokenHash;

/**
 * One node's memory of the sessions it verified, so that a token check that changes nothing costs no
 * database round trip: the check judges the remembered session with {@link SessionVerification#validWithoutWriting},
 * and anything that must be written (a last-seen time, an expiry) goes to the database as before.
 *
 * <p>It is right only because every change is forgotten on every node once it commits: whoever updates a
 * session or an account calls {@link #forgetSession} / {@link #forgetSubject} on every node (authgate-web
 * sends them through PostgreSQL {@code NOTIFY} in the changing transaction). When those messages may be
 * missed (the listening connection is down or silent), the node {@link #suspend}s: nothing is answered from
 * memory until {@link #trustUntil} is moved forward again by a live listener. Each entry also has a maximum
 * age, a bound on what a change made behind authgate's back (an SQL console, a directory) can cost.
 *
 * <p>A miss that reads the database races with a concurrent change: the reader may hold the old row while
 * the change's message arrives. {@link #generation()} settles it: a reader takes it before its read, and
 * {@link #remember} drops what it read when any change was forgotten in between (checked again after the
 * put, since a forget can land between the check and the put).
 *
 * <p>Entries are keyed by the SHA-256 of the presented token, never by the token itself; a JWT that hashes
 * to a remembered key is byte for byte the token whose signature was verified.
 */
public final class VerifiedSessions {

    /** What a check finds: the session as last read, the stored hash the token stands for, the identity if read. */
    public record Hit(Session session, TokenHash presented, Identity identity) {
    }

    private record TokenEntry(SessionId session, TokenHash presented) {
    }

    private record SessionEntry(Session session, long rememberedAt) {
    }

    private record IdentityEntry(Identity identity, long rememberedAt) {
    }

    private final Map<TokenHash, TokenEntry> tokens = new ConcurrentHashMap<>();
    private final Map<SessionId, SessionEntry> sessions = new ConcurrentHashMap<>();
    private final Map<SubjectId, IdentityEntry> identities = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicBoolean evicting = new AtomicBoolean();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final int capacity;
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private volatile long trustedUntil;

    /**
     * @param capacity   how many sessions (and identities) to remember at most; 0 remembers nothing
     * @param maxAgeNanos how long an entry may answer after it was read
     * @param nanoTime   the monotonic clock ({@code System::nanoTime})
     */
    public VerifiedSessions(int capacity, long maxAgeNanos, LongSupplier nanoTime) {
        if (capacity < 0 || maxAgeNanos < 0) {
            throw new IllegalArgumentException("capacity and maximum age must not be negative");
        }
        this.capacity = capacity;
        this.maxAgeNanos = maxAgeNanos;
        this.nanoTime = Objects.requireNonNull(nanoTime);
        this.trustedUntil = nanoTime.getAsLong();
    }

    /** Taken before a database read whose result goes to {@link #remember}. */
    public long generation() {
        return generation.get();
    }

    public Optional<Hit> find(String presentedToken) {
        if (capacity == 0 || !trusted() || !plausible(presentedToken)) {
            return Optional.empty();
        }
        TokenEntry token = tokens.get(TokenHash.of(presentedToken));
        SessionEntry session = token == null ? null : sessions.get(token.session());
        long now = nanoTime.getAsLong();
        if (session == null || now - session.rememberedAt() >= maxAgeNanos) {
            misses.increment();
            return Optional.empty();
        }
        IdentityEntry identity = identities.get(session.session().subject());
        boolean identityFits = identity != null && now - identity.rememberedAt() < maxAgeNanos
                && identity.identity().connector().equals(session.session().connector());
        hits.increment();
        return Optional.of(new Hit(session.session(), token.presented(), identityFits ? identity.identity() : null));
    }

    /**
     * Keeps what a check read from the database, unless a change was forgotten since {@code seenGeneration}.
     *
     * @param identity the session owner's identity read in the same transaction, or null
     */
    public void remember(String presentedToken, VerifyOutcome.Valid verified, Identity identity, long seenGeneration) {
        if (capacity == 0 || !plausible(presentedToken) || generation.get() != seenGeneration) {
            return;
        }
        Session session = verified.session();
        long now = nanoTime.getAsLong();
        tokens.put(TokenHash.of(presentedToken), new TokenEntry(session.id(), verified.presented()));
        sessions.put(session.id(), new SessionEntry(session, now));
        if (identity != null) {
            identities.put(identity.subject(), new IdentityEntry(identity, now));
        }
        if (generation.get() != seenGeneration) {
            // A change was forgotten between the check above and the puts: what was read may be older than it.
            sessions.remove(session.id());
            if (identity != null) {
                identities.remove(identity.subject());
            }
        }
        evictIfFull();
    }

    /** A session changed (any state, time or token): the next check of any of its tokens reads the database. */
    public void forgetSession(SessionId id) {
        generation.incrementAndGet();
        sessions.remove(id);
    }

    /** An account changed (roles, names, ban, disabling): its identity is read again. */
    public void forgetSubject(SubjectId subject) {
        generation.incrementAndGet();
        identities.remove(subject);
    }

    public void forgetAll() {
        generation.incrementAndGet();
        tokens.clear();
        sessions.clear();
        identities.clear();
    }

    /** Changes may be missed from now on: answer nothing from memory, and forget everything. */
    public void suspend() {
        trustedUntil = nanoTime.getAsLong();
        forgetAll();
    }

    /**
     * Changes are heard until {@code deadlineNanos} (on {@link #nanoTime}'s scale): the listener moves this
     * forward after every round trip that proved its connection alive, so a silent connection ends trust by itself.
     */
    public void trustUntil(long deadlineNanos) {
        trustedUntil = deadlineNanos;
    }

    public boolean trusted() {
        return nanoTime.getAsLong() - trustedUntil < 0;
    }

    public long hits() {
        return hits.sum();
    }

    public long misses() {
        return misses.sum();
    }

    public int size() {
        return sessions.size();
    }

    /** A token longer than any of ours is not hashed (and cannot be remembered). */
    private static boolean plausible(String presentedToken) {
        return presentedToken != null && !presentedToken.isEmpty()
                && presentedToken.length() <= TokenIssuer.MAX_TOKEN_LENGTH;
    }

    /**
     * Over capacity, a tenth of the entries go, whichever the maps' iteration meets first (in effect random):
     * a forgotten entry only costs its next check a database read, so no recency bookkeeping is kept per hit.
     */
    private void evictIfFull() {
        if (sessions.size() <= capacity && tokens.size() <= 2L * capacity && identities.size() <= capacity) {
            return;
        }
        if (!evicting.compareAndSet(false, true)) {
            return;
        }
        try {
            trim(sessions, capacity);
            trim(tokens, 2 * capacity);
            trim(identities, capacity);
        } finally {
            evicting.set(false);
        }
    }

    private static void trim(Map<?, ?> map, int limit) {
        int excess = map.size() - (limit - limit / 10);
        if (map.size() <= limit || excess <= 0) {
            return;
        }
        Iterator<?> it = map.keySet().iterator();
        while (excess-- > 0 && it.hasNext()) {
            it.next();
            it.remove();
        }
    }
}
