package org.authgate.web.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.authgate.core.token.AccessTokenClaims;
import org.authgate.core.token.JwtCodec;
import org.authgate.web.core.CoreSettings;

/** ES256 JWTs with {@code kid}, {@code jti}, {@code sid}, {@code sub}, {@code tid} and dialect claims. */
@ApplicationScoped
public class NimbusJwtCodec implements JwtCodec {
    private static final String SESSION_CLAIM = "sid";
    private static final String TENANT_CLAIM = "tid";

    @Inject
    SigningKeys keys;

    @Inject
    CoreSettings settings;

    @Override
    public String sign(AccessTokenClaims claims) {
        ECKey key = keys.signingKey();
        JWTClaimsSet.Builder body = new JWTClaimsSet.Builder()
                .issuer(settings.jwtIssuer())
                .jwtID(claims.tokenId())
                .subject(claims.subject())
                .claim(SESSION_CLAIM, claims.sessionId())
                .claim(TENANT_CLAIM, claims.tenant())
                .issueTime(Date.from(claims.issuedAt()));
        if (claims.expiresAt() != null) {
            body.expirationTime(Date.from(claims.expiresAt()));
        }
        claims.extraClaims().forEach(body::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), body.build());
        try {
            jwt.sign(new ECDSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a JWT", e);
        }
    }

    @Override
    public Optional<AccessTokenClaims> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            // Only our algorithm: a token naming "none" or HS256 is refused before any key is used.
            if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())) {
                return Optional.empty();
            }
            Optional<ECKey> key = keys.byKeyId(jwt.getHeader().getKeyID());
            if (key.isEmpty() || !jwt.verify(new ECDSAVerifier(key.get().toECPublicKey()))) {
                return Optional.empty();
            }
            JWTClaimsSet c = jwt.getJWTClaimsSet();
            if (c.getJWTID() == null || c.getStringClaim(SESSION_CLAIM) == null || c.getSubject() == null
                    || c.getIssueTime() == null) {
                return Optional.empty();
            }
            Map<String, String> extra = new HashMap<>();
            return Optional.of(new AccessTokenClaims(c.getJWTID(), c.getStringClaim(SESSION_CLAIM), c.getSubject(),
                    c.getStringClaim(TENANT_CLAIM), c.getIssueTime().toInstant(),
                    c.getExpirationTime() == null ? null : c.getExpirationTime().toInstant(), extra));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
