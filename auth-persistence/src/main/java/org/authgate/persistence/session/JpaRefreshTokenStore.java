package org.authgate.persistence.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.authgate.core.session.RefreshToken;
import org.authgate.core.session.RefreshTokenStore;
import org.authgate.core.session.SessionId;
import org.authgate.core.token.TokenHash;
import org.authgate.persistence.Jpa;

@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaRefreshTokenStore implements RefreshTokenStore {

    @PersistenceContext(unitName = Jpa.UNIT)
    EntityManager em;

    @Override
    public void insert(RefreshToken token) {
        RefreshTokenEntity e = new RefreshTokenEntity();
        e.id = token.id();
        copy(token, e);
        em.persist(e);
    }

    @Override
    public void update(RefreshToken token) {
        RefreshTokenEntity e = em.find(RefreshTokenEntity.class, token.id());
        if (e == null) {
            throw new IllegalStateException("no refresh token " + token.id());
        }
        if (e.version != token.version()) {
            throw new OptimisticLockException("refresh token changed concurrently");
        }
        copy(token, e);
    }

    @Override
    public Optional<RefreshToken> findByHash(TokenHash hash) {
        return find(hash, LockModeType.NONE);
    }

    /** SELECT ... FOR UPDATE of the token and its session, the rows a refresh writes, in one statement. */
    @Override
    public Optional<RefreshToken> findByHashForUpdate(TokenHash hash) {
        return find(hash, LockModeType.PESSIMISTIC_WRITE);
    }

    private Optional<RefreshToken> find(TokenHash hash, LockModeType lock) {
        // The token's session comes along in the same round trip: every caller reads it next (SessionStore.findById),
        // and em.find then answers from this transaction's persistence context instead of a second SELECT.
        return em.createQuery("SELECT t, s FROM RefreshTokenEntity t JOIN SessionEntity s ON s.id = t.sessionId"
                        + " WHERE t.tokenHash = :h", Object[].class)
                .setParameter("h", hash.hex())
                .setLockMode(lock)
                .getResultList().stream().findFirst()
                .map(row -> toDomain((RefreshTokenEntity) row[0]));
    }

    @Override
    public int revokeAllOf(SessionId session, Instant now) {
        // A bulk update bypasses @Version, so concurrent refreshes of this family must not survive it:
        // they fail their own version check because the version is bumped here too.
        return em.createQuery("UPDATE RefreshTokenEntity t SET t.state = :revoked, t.usedAt = :now,"
                        + " t.version = t.version + 1 WHERE t.sessionId = :s AND t.state = :active")
                .setParameter("revoked", RefreshToken.RefreshState.REVOKED.name())
                .setParameter("active", RefreshToken.RefreshState.ACTIVE.name())
                .setParameter("now", now)
                .setParameter("s", session.value())
                .executeUpdate();
    }

    private static void copy(RefreshToken t, RefreshTokenEntity e) {
        e.sessionId = t.session().value();
        e.tokenHash = t.hash().hex();
        e.state = t.state().name();
        e.createdAt = t.createdAt();
        e.expiresAt = t.expiresAt();
        e.usedAt = t.usedAt();
    }

    private static RefreshToken toDomain(RefreshTokenEntity e) {
        return new RefreshToken(e.id, new SessionId(e.sessionId), new TokenHash(e.tokenHash),
                RefreshToken.RefreshState.valueOf(e.state), e.createdAt, e.expiresAt, e.usedAt, e.version);
    }
}
