package org.authgate.persistence.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.authgate.core.token.SigningKey;
import org.authgate.core.token.SigningKeyStore;
import org.authgate.persistence.Jpa;

@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaSigningKeyStore implements SigningKeyStore {

    @PersistenceContext(unitName = Jpa.UNIT)
    EntityManager em;

    @Override
    public List<SigningKey> all() {
        return em.createQuery("SELECT k FROM SigningKeyEntity k ORDER BY k.createdAt DESC", SigningKeyEntity.class)
                .getResultList().stream()
                .map(e -> new SigningKey(e.kid, e.algorithm, e.publicKey, e.privateKey, e.createdAt, e.active))
                .toList();
    }

    @Override
    public void insert(SigningKey key) {
        SigningKeyEntity e = new SigningKeyEntity();
        e.kid = key.keyId();
        e.algorithm = key.algorithm();
        e.publicKey = key.publicKey();
        e.privateKey = key.privateKey();
        e.createdAt = key.createdAt();
        e.active = key.active();
        em.persist(e);
        em.flush();
    }
}
