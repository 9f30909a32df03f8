package org.authgate.persistence.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.session.Session;
import org.authgate.core.session.SessionFilter;
import org.authgate.core.session.SessionId;
import org.authgate.core.session.SessionQuery;
import org.authgate.core.session.SessionSort;
import org.authgate.core.session.SessionState;
import org.authgate.core.session.SessionStore;
import org.authgate.core.token.TokenHash;
import org.authgate.persistence.Jpa;
import org.authgate.persistence.QueryPlanning;

/**
 * Sessions in the {@code sessions} table. Updates load the managed entity and copy the new value in:
 * Hibernate's {@code @Version} check at flush makes a concurrent writer fail, and the caller retries. A touch is
 * not an update: the latest last-seen time wins, with no version and no conflict.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaSessionStore implements SessionStore, SessionQuery {

    @PersistenceContext(unitName = Jpa.UNIT)
    EntityManager em;

    @Inject
    QueryPlanning planning;

    @Override
    public void insert(Session session) {
        SessionEntity e = new SessionEntity();
        SessionMapping.copy(session, e);
        em.persist(e);
    }

    /** The session's row in this transaction, at the version the caller read. */
    private SessionEntity managed(Session session) {
        SessionEntity e = em.find(SessionEntity.class, session.id().value());
        if (e == null) {
            throw new IllegalStateException("no session " + session.id());
        }
        if (e.version != session.version()) {
            throw new OptimisticLockException("session " + session.id() + " changed concurrently");
        }
        return e;
    }

    @Override
    public void update(Session session) {
        SessionEntity e = managed(session);
        // The trigger of V5 announces an UPDATE to every node unless only last_seen_at (and the version) moved, and
        // the caller's ChangeBroadcast then waits for that announcement: such an update is a touch.
        if (SessionMapping.toDomain(e).equals(session.seenAt(e.lastSeenAt))) {
            throw new IllegalArgumentException("an update that changes no more than the last-seen time is a touch");
        }
        SessionMapping.copy(session, e);
    }

    /**
     * One UPDATE of last_seen_at alone, outside the entity's version: a last-seen time is a timestamp that only moves
     * forward, not a state to protect, so any number of checks of one session may touch it at once without a
     * conflict (a version-checked write made all but one of them fail). The version stays, so a real update racing
     * with a touch keeps its own check against the other updates. An entity this transaction already holds keeps
     * its older last-seen time; nothing here writes it back, and an update copies its own.
     */
    @Override
    public void touch(Session session) {
        em.createQuery("UPDATE SessionEntity s SET s.lastSeenAt = :seen WHERE s.id = :id AND s.lastSeenAt < :seen")
                .setParameter("seen", session.lastSeenAt())
                .setParameter("id", session.id().value())
                .executeUpdate();
    }

    @Override
    public Optional<Session> findById(SessionId id) {
        return Optional.ofNullable(em.find(SessionEntity.class, id.value())).map(SessionMapping::toDomain);
    }

    @Override
    public Optional<Session> findByAccessTokenHash(TokenHash hash) {
        // Two index lookups rather than one OR, which PostgreSQL may plan as a bitmap scan.
        Optional<SessionEntity> current = Jpa.first(em.createQuery(
                        "SELECT s FROM SessionEntity s WHERE s.accessTokenHash = :h", SessionEntity.class)
                .setParameter("h", hash.hex()));
        if (current.isEmpty()) {
            current = Jpa.first(em.createQuery(
                            "SELECT s FROM SessionEntity s WHERE s.previousAccessTokenHash = :h", SessionEntity.class)
                    .setParameter("h", hash.hex()));
        }
        return current.map(SessionMapping::toDomain);
    }

    @Override
    public List<Session> findLiveBySubject(SubjectId subject) {
        return em.createQuery("SELECT s FROM SessionEntity s WHERE s.subject = :subject AND s.state IN :states"
                        + " ORDER BY s.createdAt", SessionEntity.class)
                .setParameter("subject", subject.value())
                .setParameter("states", List.of(SessionState.ACTIVE.name(), SessionState.PENDING_SECOND_FACTOR.name()))
                .getResultList().stream().map(SessionMapping::toDomain).toList();
    }

    // Three index-backed ranges (V3): (state, expires_at), (state, refreshable_until), (state, last_seen_at).
    @Override
    public List<Session> findDue(Instant now, Instant idleBefore, int limit) {
        return em.createQuery("SELECT s FROM SessionEntity s WHERE"
                        + " (s.state = :pending AND s.expiresAt <= :now)"
                        + " OR (s.state = :active AND ((s.refreshable = false AND s.expiresAt <= :now)"
                        + " OR s.refreshableUntil <= :now OR s.lastSeenAt <= :idleBefore))"
                        + " ORDER BY s.expiresAt", SessionEntity.class)
                .setParameter("pending", SessionState.PENDING_SECOND_FACTOR.name())
                .setParameter("active", SessionState.ACTIVE.name())
                .setParameter("now", now)
                .setParameter("idleBefore", idleBefore)
                .setMaxResults(limit)
                .getResultList().stream().map(SessionMapping::toDomain).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Session> search(SessionFilter filter, SessionSort sort, int offset, int limit) {
        planning.planForTheseValues(em);
        return Jpa.page(em, "SELECT s FROM SessionEntity s", where(filter), orderBy(sort), SessionEntity.class, offset,
                limit).stream().map(SessionMapping::toDomain).toList();
    }

    /**
     * Only the attributes of {@link SessionSort.Field} reach the query. Ties break on the creation time, then
     * the id (pages never overlap): each sortable column has an index on (column, created_at), so a page of a
     * sorted table is read from the index instead of sorting every row of a value shared by thousands.
     */
    static String orderBy(SessionSort sort) {
        String attribute = switch (sort.field()) {
            case CREATED_AT -> "s.createdAt";
            case LAST_SEEN_AT -> "s.lastSeenAt";
            case EXPIRES_AT -> "s.expiresAt";
            case USERNAME -> "s.username";
            case TENANT -> "s.tenant";
            case CONNECTOR -> "s.connector";
            case DIALECT -> "s.dialect";
            case CLIENT_ID -> "s.clientId";
            case STATE -> "s.state";
        };
        String direction = sort.ascending() ? " ASC" : " DESC";
        String ties = attribute.equals("s.createdAt") ? "" : ", s.createdAt" + direction;
        return attribute + direction + ties + ", s.id" + direction;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(SessionFilter filter, long cap) {
        planning.planForTheseValues(em);
        return Jpa.cappedCount(em, "SELECT s.id FROM SessionEntity s", where(filter), cap);
    }

    private static Jpa.Where where(SessionFilter f) {
        return new Jpa.Where()
                .and("s.tenant = :tenant", "tenant", f.tenant() == null ? null : f.tenant().value())
                .and("s.subject = :subject", "subject", f.subject() == null ? null : f.subject().value())
                .and("s.username = :username", "username", f.username())
                .and("s.connector = :connector", "connector", f.connector() == null ? null : f.connector().value())
                .and("s.dialect = :dialect", "dialect", f.dialect() == null ? null : f.dialect().value())
                .and("s.clientId = :clientId", "clientId", f.clientId())
                .and("s.state = :state", "state", f.state() == null ? null : f.state().name())
                .and("s.createdAt >= :from", "from", f.createdFrom())
                .and("s.createdAt < :to", "to", f.createdTo());
    }
}
