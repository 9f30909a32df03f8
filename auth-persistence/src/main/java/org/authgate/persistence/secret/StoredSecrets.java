package org.authgate.persistence.secret;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.authgate.core.secret.SecretKeyRing;
import org.authgate.core.secret.Sealed;
import org.authgate.persistence.Jpa;
import org.authgate.persistence.account.AccountEntity;
import org.authgate.persistence.token.SigningKeyEntity;

/**
 * Brings every stored secret under the ring's current key: values still in clear (written before
 * migration V6) are sealed, values sealed with an older key are opened and sealed again, so that once a
 * start-up with the new key is done the old key can leave the configuration. A value sealed with a key
 * the ring lacks fails here, at start-up, naming the key id. Each row is rewritten only if it still holds
 * what was read, so two nodes starting at once do not seal one value twice.
 */
@ApplicationScoped
public class StoredSecrets {

    @PersistenceContext(unitName = Jpa.UNIT)
    EntityManager em;

    @Inject
    SecretKeyRing ring;

    /** @return how many secrets were (re)sealed */
    @Transactional(Transactional.TxType.REQUIRED)
    public int sealAll() {
        return sealTotpSecrets() + sealPrivateKeys();
    }

    private int sealTotpSecrets() {
        int sealed = 0;
        for (Object[] row : em.createQuery("SELECT a.id, a.totpSecret, a.totpSecretSealedBy FROM AccountEntity a"
                        + " WHERE a.totpSecret IS NOT NULL AND (a.totpSecretSealedBy IS NULL OR a.totpSecretSealedBy <> :current)",
                Object[].class).setParameter("current", ring.currentKeyId()).getResultList()) {
            UUID id = (UUID) row[0];
            String stored = (String) row[1];
            String sealedBy = (String) row[2];
            String context = AccountEntity.sealingContext(id);
            String secret = sealedBy == null ? stored : ring.openText(Sealed.ofBase64(sealedBy, stored), context);
            Sealed now = ring.sealText(secret, context);
            sealed += em.createQuery("UPDATE AccountEntity a SET a.totpSecret = :s, a.totpSecretSealedBy = :k"
                            + " WHERE a.id = :id AND a.totpSecret = :old")
                    .setParameter("s", now.base64()).setParameter("k", now.keyId()).setParameter("id", id)
                    .setParameter("old", stored).executeUpdate();
        }
        return sealed;
    }

    private int sealPrivateKeys() {
        int sealed = 0;
        for (SigningKeyEntity key : em.createQuery("SELECT k FROM SigningKeyEntity k WHERE k.privateKeySealedBy IS NULL"
                + " OR k.privateKeySealedBy <> :current", SigningKeyEntity.class)
                .setParameter("current", ring.currentKeyId()).getResultList()) {
            String context = SigningKeyEntity.sealingContext(key.kid);
            byte[] clear = key.privateKeySealedBy == null ? key.privateKey
                    : ring.open(new Sealed(key.privateKeySealedBy, key.privateKey), context);
            Sealed now = ring.seal(clear, context);
            key.privateKey = now.bytes();
            key.privateKeySealedBy = now.keyId();
            sealed++;
        }
        return sealed;
    }
}
