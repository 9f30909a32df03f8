package org.authgate.web.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.authgate.core.token.SigningKey;
import org.authgate.core.token.SigningKeyStore;

/**
 * The server's ES256 keys. The first node to start with none generates one and stores it; a node
 * that meets an unknown {@code kid} reloads from the database, so keys added elsewhere are found.
 */
@ApplicationScoped
public class SigningKeys {
    static final String ALGORITHM = "ES256";

    @Inject
    SigningKeyStore store;

    @Inject
    Clock clock;

    private final AtomicReference<List<ECKey>> keys = new AtomicReference<>(List.of());

    /** Called at start-up inside a transaction: makes sure one active key exists and loads all. */
    @Transactional
    public void ensureKey() {
        if (store.all().stream().noneMatch(SigningKey::active)) {
            store.insert(generate());
        }
        reload();
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void reload() {
        keys.set(store.all().stream().map(SigningKeys::toJwk).toList());
    }

    /** The newest active key. */
    public ECKey signingKey() {
        List<ECKey> current = keys.get();
        if (current.isEmpty()) {
            reload();
            current = keys.get();
        }
        return current.stream().filter(k -> k.isPrivate()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no signing key"));
    }

    public Optional<ECKey> byKeyId(String kid) {
        Optional<ECKey> found = find(kid);
        if (found.isEmpty() && kid != null) {
            reload();
            found = find(kid);
        }
        return found;
    }

    public JWKSet publicKeys() {
        return new JWKSet(keys.get().stream().map(k -> (com.nimbusds.jose.jwk.JWK) k.toPublicJWK()).toList());
    }

    private Optional<ECKey> find(String kid) {
        return keys.get().stream().filter(k -> k.getKeyID().equals(kid)).findFirst();
    }

    private SigningKey generate() {
        try {
            ECKey key = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE)
                    .keyID(UUID.randomUUID().toString()).generate();
            return new SigningKey(key.getKeyID(), ALGORITHM, key.toECPublicKey().getEncoded(),
                    key.toECPrivateKey().getEncoded(), clock.instant(), true);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an ES256 key", e);
        }
    }

    private static ECKey toJwk(SigningKey k) {
        try {
            KeyFactory factory = KeyFactory.getInstance("EC");
            ECPublicKey pub = (ECPublicKey) factory.generatePublic(new X509EncodedKeySpec(k.publicKey()));
            ECKey.Builder builder = new ECKey.Builder(Curve.P_256, pub).keyID(k.keyId()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(com.nimbusds.jose.JWSAlgorithm.ES256);
            if (k.active()) {
                builder.privateKey((ECPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(k.privateKey())));
            }
            return builder.build();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("stored signing key " + k.keyId() + " is unreadable", e);
        }
    }
}
