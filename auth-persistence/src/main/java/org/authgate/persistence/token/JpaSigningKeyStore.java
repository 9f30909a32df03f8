package org.authgate.persistence.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.authgate.core.secret.SecretKeyRing;
import org.authgate.core.secret.Sealed;
import org.authgate.core.token.SigningKey;
import org.authgate.core.token.SigningKeyStore;
import org.authgate.persistence.Jpa;

/** Private keys are sealed with the secrets key ring on the way in and opened on the way out. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaSigningKeyStore implements SigningKeyStore {

    @PersistenceContext(unitName = Jpa.UNIT)
    EntityManager em;

    @Inject
    SecretKeyRing ring;

    @Override
    public List<SigningKey> all() {
        return em.createQuery("SELECT k FROM SigningKeyEntity k ORDER BY k.generation DESC", SigningKeyEntity.class)
                .getResultList().stream()
                .map(e -> new SigningKey(e.kid, e.algorithm, e.publicKey, privateKey(e), e.createdAt, e.generation,
                        e.signsFrom))
                .toList();
    }

    private byte[] privateKey(SigningKeyEntity e) {
        return e.privateKeySealedBy == null ? e.privateKey
                : ring.open(new Sealed(e.privateKeySealedBy, e.privateKey), SigningKeyEntity.sealingContext(e.kid));
    }

    @Override
    public void insert(SigningKey key) {
        SigningKeyEntity e = new SigningKeyEntity();
        e.kid = key.keyId();
        e.algorithm = key.algorithm();
        e.publicKey = key.publicKey();
        Sealed sealed = ring.seal(key.privateKey(), SigningKeyEntity.sealingContext(key.keyId()));
        e.privateKey = sealed.bytes();
        e.privateKeySealedBy = sealed.keyId();
        e.createdAt = key.createdAt();
        e.active = true;
        e.generation = key.generation();
        e.signsFrom = key.signsFrom();
        em.persist(e);
        em.flush(); // a generation another node took first fails here, inside the caller's retry
    }

    @Override
    public void delete(String keyId) {
        em.createQuery("DELETE FROM SigningKeyEntity k WHERE k.kid = :kid").setParameter("kid", keyId).executeUpdate();
    }
}
