package org.authgate.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.session.Session;
import org.authgate.core.session.SessionId;
import org.authgate.core.session.SessionState;
import org.authgate.core.session.SessionStore;
import org.authgate.core.token.TokenHash;

/**
 * Sessions in a map, with the optimistic version check of the real store: an update must carry the
 * stored version and bumps it, so a service that writes a stale copy fails here as it would on PostgreSQL.
 * A touch, as there, only moves the last-seen time forward, at any version, and keeps the version.
 */
public final class InMemorySessionStore implements SessionStore {
    private final Map<SessionId, Session> byId = new LinkedHashMap<>();
    private int updates;

    @Override
    public void insert(Session session) {
        if (byId.containsKey(session.id())) {
            throw new IllegalStateException("duplicate session id " + session.id());
        }
        if (session.accessTokenHash() == null) {
            throw new IllegalStateException("a session is stored with its access-token hash");
        }
        byId.put(session.id(), session);
    }

    @Override
    public void touch(Session session) {
        Session stored = byId.get(session.id());
        if (stored == null) {
            throw new IllegalStateException("no session " + session.id());
        }
        // As the real store: no version check and no new version; the latest last-seen time wins. A copy at the
        // stored version must differ in nothing else, or its caller meant an update.
        if (stored.version() == session.version() && !stored.equals(session.seenAt(stored.lastSeenAt()))) {
            throw new IllegalStateException("a touch changes the last-seen time and nothing else");
        }
        if (session.lastSeenAt().isAfter(stored.lastSeenAt())) {
            byId.put(session.id(), stored.seenAt(session.lastSeenAt()));
        }
        updates++;
    }

    @Override
    public void update(Session session) {
        Session stored = current(session);
        if (stored.equals(session.seenAt(stored.lastSeenAt()))) {
            // As the real store: the other nodes hear of an update, and one that moves only the last-seen time
            // would never be announced (SessionStore.touch is for that).
            throw new IllegalStateException("an update that changes no more than the last-seen time is a touch");
        }
        write(session, stored);
    }

    /** The stored session the write replaces, which must be at the version the writer read. */
    private Session current(Session session) {
        Session stored = byId.get(session.id());
        if (stored == null) {
            throw new IllegalStateException("no session " + session.id());
        }
        if (stored.version() != session.version()) {
            throw new StaleVersionException("session " + session.id(), session.version(), stored.version());
        }
        return stored;
    }

    private void write(Session session, Session stored) {
        byId.put(session.id(), withVersion(session, stored.version() + 1));
        updates++;
    }

    @Override
    public Optional<Session> findById(SessionId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Session> findByAccessTokenHash(TokenHash hash) {
        return byId.values().stream()
                .filter(s -> hash.equals(s.accessTokenHash()) || hash.equals(s.previousAccessTokenHash()))
                .findFirst();
    }

    @Override
    public List<Session> findLiveBySubject(SubjectId subject) {
        List<Session> live = new ArrayList<>();
        for (Session s : byId.values()) {
            if (s.subject().equals(subject)
                    && (s.state() == SessionState.ACTIVE || s.state() == SessionState.PENDING_SECOND_FACTOR)) {
                live.add(s);
            }
        }
        return live;
    }

    @Override
    public List<Session> findDue(Instant now, Instant idleBefore, int limit) {
        return byId.values().stream().filter(s -> isDue(s, now, idleBefore))
                .sorted(java.util.Comparator.comparing(Session::expiresAt)).limit(limit).toList();
    }

    private static boolean isDue(Session s, Instant now, Instant idleBefore) {
        if (s.state() == SessionState.PENDING_SECOND_FACTOR) {
            return !now.isBefore(s.expiresAt());
        }
        return s.state() == SessionState.ACTIVE && ((!s.refreshable() && !now.isBefore(s.expiresAt()))
                || !now.isBefore(s.refreshableUntil()) || !idleBefore.isBefore(s.lastSeenAt()));
    }

    /** The stored value; fails the test when there is none. */
    public Session get(SessionId id) {
        return findById(id).orElseThrow(() -> new AssertionError("no stored session " + id));
    }

    public List<Session> all() {
        return List.copyOf(byId.values());
    }

    public int size() {
        return byId.size();
    }

    /** How many updates succeeded, to prove that token checks stay reads between touches. */
    public int updateCount() {
        return updates;
    }

    /** Another node wrote the session meanwhile: every copy read before now is stale. */
    public void simulateConcurrentWrite(SessionId id) {
        Session stored = get(id);
        byId.put(id, withVersion(stored, stored.version() + 1));
    }

    private static Session withVersion(Session s, long version) {
        return s.toBuilder().version(version).build();
    }
}
