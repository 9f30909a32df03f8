package org.authgate.web.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.authgate.core.token.SigningKey;
import org.authgate.core.token.SigningKeyStore;

/**
 * This node's memory of the ES256 keys in the database: the one that signs now, and every one that still
 * verifies (and is published). {@link SigningKeyRotation} adds and removes keys and reloads; a token naming
 * a {@code kid} this node does not know also reloads, but at most once per {@link #UNKNOWN_KID_RELOAD}, so a
 * flood of invented key ids costs the database one read per interval, not one per request.
 */
@ApplicationScoped
public class SigningKeys {
    static final String ALGORITHM = "ES256";
    static final Duration UNKNOWN_KID_RELOAD = Duration.ofSeconds(10);

    /** A loaded key and the time it signs from. */
    record Loaded(ECKey jwk, Instant signsFrom) {
    }

    @Inject
    SigningKeyStore store;

    @Inject
    Clock clock;

    private final AtomicReference<List<Loaded>> keys = new AtomicReference<>(List.of());
    private final AtomicReference<Instant> lastUnknownKidReload = new AtomicReference<>(Instant.MIN);

    @Transactional(Transactional.TxType.REQUIRED)
    public void reload() {
        keys.set(store.all().stream().map(k -> new Loaded(toJwk(k), k.signsFrom())).toList());
    }

    /** The key that signs now: the newest whose time has come. */
    public ECKey signingKey() {
        if (keys.get().isEmpty()) {
            reload();
        }
        return KeySchedule.signer(keys.get(), Loaded::signsFrom, clock.instant()).map(Loaded::jwk)
                .orElseThrow(() -> new IllegalStateException("no signing key"));
    }

    public Optional<ECKey> byKeyId(String kid) {
        if (kid == null) {
            return Optional.empty();
        }
        Optional<ECKey> found = find(kid);
        if (found.isEmpty() && mayReloadForUnknownKid()) {
            reload();
            found = find(kid);
        }
        return found;
    }

    /** True for one caller per interval; a clock set back (tests) allows a reload at once. */
    private boolean mayReloadForUnknownKid() {
        Instant now = clock.instant();
        Instant last = lastUnknownKidReload.get();
        boolean due = last.equals(Instant.MIN) || now.isBefore(last) || !now.isBefore(last.plus(UNKNOWN_KID_RELOAD));
        return due && lastUnknownKidReload.compareAndSet(last, now);
    }

    /** Every key that verifies, those not signing yet included, so resource servers know them in advance. */
    public JWKSet publicKeys() {
        return new JWKSet(keys.get().stream().map(k -> (JWK) k.jwk().toPublicJWK()).toList());
    }

    private Optional<ECKey> find(String kid) {
        return keys.get().stream().map(Loaded::jwk).filter(k -> k.getKeyID().equals(kid)).findFirst();
    }

    SigningKey generate(long generation, Instant signsFrom) {
        try {
            ECKey key = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE)
                    .keyID(UUID.randomUUID().toString()).generate();
            return new SigningKey(key.getKeyID(), ALGORITHM, key.toECPublicKey().getEncoded(),
                    key.toECPrivateKey().getEncoded(), clock.instant(), generation, signsFrom);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an ES256 key", e);
        }
    }

    private static ECKey toJwk(SigningKey k) {
        try {
            KeyFactory factory = KeyFactory.getInstance("EC");
            ECPublicKey pub = (ECPublicKey) factory.generatePublic(new X509EncodedKeySpec(k.publicKey()));
            return new ECKey.Builder(Curve.P_256, pub).keyID(k.keyId()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256)
                    .privateKey((ECPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(k.privateKey())))
                    .build();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("stored signing key " + k.keyId() + " is unreadable", e);
        }
    }
}
