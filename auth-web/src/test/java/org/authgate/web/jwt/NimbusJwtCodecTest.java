package org.authgate.web.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.authgate.core.token.AccessTokenClaims;
import org.authgate.web.core.CoreSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real JWT verifier against forged tokens: each one must be refused. */
class NimbusJwtCodecTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private final CountingKeyStore store = new CountingKeyStore();
    private final SigningKeys keys = new SigningKeys();
    private final NimbusJwtCodec codec = new NimbusJwtCodec();
    private Instant now = NOW;

    @BeforeEach
    void oneKey() {
        keys.store = store;
        keys.clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        store.insert(keys.generate(1, NOW.minusSeconds(3600)));
        keys.reload();
        codec.keys = keys;
        codec.settings = new CoreSettings() {
            @Override
            public String jwtIssuer() {
                return "authgate";
            }
        };
    }

    private String genuine() {
        return codec.sign(new AccessTokenClaims("jti-" + UUID.randomUUID(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), "default", NOW, NOW.plusSeconds(3600), Map.of()));
    }

    private ECKey ourKey() {
        return keys.signingKey();
    }

    private static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder().issuer("authgate").jwtID("jti-1").subject(UUID.randomUUID().toString())
                .claim("sid", UUID.randomUUID().toString()).claim("tid", "default").issueTime(Date.from(NOW))
                .expirationTime(Date.from(NOW.plusSeconds(3600)));
    }

    private static String signed(ECKey key, JWSHeader header, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }

    private static JWSHeader.Builder es256(String kid) {
        JWSHeader.Builder h = new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT);
        return kid == null ? h : h.keyID(kid);
    }

    private static String b64(String json) {
        return Base64URL.encode(json.getBytes(StandardCharsets.UTF_8)).toString();
    }

    @Test
    void aGenuineTokenVerifies() {
        String token = genuine();

        Optional<AccessTokenClaims> claims = codec.verify(token);

        assertThat(claims).isPresent();
        assertThat(claims.get().tokenId()).startsWith("jti-");
    }

    @Test
    void algNoneIsRefused() {
        String payload = genuine().split("\\.")[1];

        assertThat(codec.verify(b64("{\"alg\":\"none\"}") + "." + payload + ".")).isEmpty();
        assertThat(codec.verify(b64("{\"alg\":\"none\",\"kid\":\"" + ourKey().getKeyID() + "\"}") + "." + payload + "."))
                .isEmpty();
        assertThat(codec.verify(b64("{\"alg\":\"None\",\"kid\":\"" + ourKey().getKeyID() + "\"}") + "." + payload + "."))
                .isEmpty();
    }

    @Test
    void hs256SignedWithThePublicKeyAsHmacSecretIsRefused() throws Exception {
        ECKey pub = ourKey().toPublicJWK();
        for (byte[] secret : new byte[][] {pub.toECPublicKey().getEncoded(), pub.toJSONString().getBytes(StandardCharsets.UTF_8)}) {
            JWSObject forged = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(pub.getKeyID()).build(),
                    new Payload(claims().build().toJSONObject()));
            forged.sign(new MACSigner(secret));

            assertThat(codec.verify(forged.serialize())).isEmpty();
        }
    }

    @Test
    void aTamperedPayloadIsRefused() {
        String[] parts = genuine().split("\\.");
        String claims = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8);
        String otherSubject = claims.replaceFirst("\"sub\":\"[^\"]+\"", "\"sub\":\"" + UUID.randomUUID() + "\"");
        String longerLife = claims.replaceFirst("\"exp\":\\d+", "\"exp\":" + NOW.plusSeconds(999_999).getEpochSecond());

        assertThat(otherSubject).isNotEqualTo(claims);
        assertThat(longerLife).isNotEqualTo(claims);
        assertThat(codec.verify(parts[0] + "." + b64(otherSubject) + "." + parts[2])).isEmpty();
        assertThat(codec.verify(parts[0] + "." + b64(longerLife) + "." + parts[2])).isEmpty();
    }

    @Test
    void aTamperedHeaderIsRefused() {
        String[] parts = genuine().split("\\.");
        String header = new String(Base64URL.from(parts[0]).decode(), StandardCharsets.UTF_8);
        String withExtra = header.replace("{", "{\"x\":1,");

        assertThat(codec.verify(b64(withExtra) + "." + parts[1] + "." + parts[2])).isEmpty();
        // The signature bytes flipped.
        char last = parts[2].charAt(0);
        String flipped = (last == 'A' ? 'B' : 'A') + parts[2].substring(1);
        assertThat(codec.verify(parts[0] + "." + parts[1] + "." + flipped)).isEmpty();
    }

    @Test
    void anUnknownKidOrAForeignKeyUnderOurKidIsRefused() throws Exception {
        ECKey foreign = new ECKeyGenerator(Curve.P_256).keyID("not-ours").generate();

        assertThat(codec.verify(signed(foreign, es256("not-ours").build(), claims().build()))).isEmpty();
        assertThat(codec.verify(signed(foreign, es256(ourKey().getKeyID()).build(), claims().build()))).isEmpty();
    }

    @Test
    void aMissingKidIsRefusedEvenWithOurSignature() throws Exception {
        assertThat(codec.verify(signed(ourKey(), es256(null).build(), claims().build()))).isEmpty();
        assertThat(codec.verify(signed(ourKey(), es256(ourKey().getKeyID()).build(), claims().build()))).isPresent();
    }

    @Test
    void aMissingJtiSidOrSubjectIsRefusedEvenWithOurSignature() throws Exception {
        JWSHeader header = es256(ourKey().getKeyID()).build();

        assertThat(codec.verify(signed(ourKey(), header, claims().jwtID(null).build()))).isEmpty();
        assertThat(codec.verify(signed(ourKey(), header, claims().claim("sid", null).build()))).isEmpty();
        assertThat(codec.verify(signed(ourKey(), header, claims().subject(null).build()))).isEmpty();
        assertThat(codec.verify(signed(ourKey(), header, claims().issueTime(null).build()))).isEmpty();
    }

    /**
     * Expiry is judged by the session the token names, not here (JwtCodec's contract): so Kuzzle can answer
     * security.token.expired rather than invalid (KuzzleDialectIT). What the codec guarantees is that the expiry
     * the session is judged against is the signed one: a later {@code exp} breaks the signature
     * ({@link #aTamperedPayloadIsRefused}); JwtForgeryIT shows an expired JWT refused by each API.
     */
    @Test
    void anExpiredTokenCarriesItsSignedExpiryToTheSession() throws Exception {
        JWSHeader header = es256(ourKey().getKeyID()).build();
        String expired = signed(ourKey(), header, claims().expirationTime(Date.from(NOW.minusSeconds(1))).build());

        assertThat(codec.verify(expired)).hasValueSatisfying(c -> assertThat(c.expiresAt()).isEqualTo(NOW.minusSeconds(1)));
    }

    @Test
    void aFloodOfUnknownKidsReadsTheKeysOncePerInterval() throws Exception {
        ECKey foreign = new ECKeyGenerator(Curve.P_256).generate();
        int before = store.loads.get();

        for (int i = 0; i < 200; i++) {
            codec.verify(signed(foreign, es256("kid-" + i).build(), claims().build()));
        }
        assertThat(store.loads.get() - before).isEqualTo(1);

        now = now.plus(SigningKeys.UNKNOWN_KID_RELOAD);
        for (int i = 0; i < 200; i++) {
            codec.verify(signed(foreign, es256("kid-again-" + i).build(), claims().build()));
        }
        assertThat(store.loads.get() - before).isEqualTo(2);
    }

    @Test
    void aKeyAddedByAnotherNodeIsFoundThroughTheUnknownKidReload() {
        SigningKeys otherNode = new SigningKeys();
        otherNode.store = store;
        otherNode.clock = keys.clock;
        store.insert(otherNode.generate(2, NOW.minusSeconds(1)));
        otherNode.reload();
        NimbusJwtCodec otherCodec = new NimbusJwtCodec();
        otherCodec.keys = otherNode;
        otherCodec.settings = codec.settings;

        String byOther = otherCodec.sign(new AccessTokenClaims("jti-x", UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), "default", NOW, NOW.plusSeconds(60), Map.of()));

        assertThat(codec.verify(byOther)).isPresent();
    }
}
