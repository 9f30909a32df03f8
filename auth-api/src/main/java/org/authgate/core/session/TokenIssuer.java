package org.authgate.core.session;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.authgate.core.token.AccessTokenClaims;
import org.authgate.core.token.AccessTokenFormat;
import org.authgate.core.token.JwtCodec;
import org.authgate.core.token.TokenGenerator;
import org.authgate.core.token.TokenHash;

/**
 * Mints access and refresh tokens and maps a presented token back to the hash a session stores.
 * Opaque and JWT tokens take the same path: a JWT's {@code jti} is an opaque secret, so revocation
 * is one lookup for both. The {@code jti} is hashed under its own prefix: anyone who decodes a JWT can
 * read it, and presented alone as an opaque token it must not match.
 */
public final class TokenIssuer {
    /** Longer input is not a token of ours; refusing it early keeps hashing and JWT parsing bounded. */
    static final int MAX_TOKEN_LENGTH = 8192;
    private static final String JTI_HASH_PREFIX = "jwt:";
    /**
     * An extra-claim value standing for the session's subject id, which a dialect cannot know before the
     * login (Kuzzle's {@code _id} claim is the user's id).
     */
    public static final String SUBJECT_PLACEHOLDER = "${subject}";

    private final TokenGenerator generator;
    private final JwtCodec jwt;

    public TokenIssuer(TokenGenerator generator, JwtCodec jwt) {
        this.generator = generator;
        this.jwt = jwt;
    }

    public record Minted(String token, TokenHash hash) {
        @Override
        public String toString() {
            return "Minted[" + hash + "]";
        }
    }

    public Minted mintAccess(Session session, AccessTokenFormat format, Instant now, Instant expiresAt,
                             Map<String, String> extraClaims) {
        return switch (format) {
            case OPAQUE -> minted(generator.opaque());
            case OPAQUE_HEX -> minted(generator.hex128());
            case OPAQUE_UUID -> minted(generator.uuid());
            case JWT -> {
                String jti = generator.opaque();
                String token = jwt.sign(new AccessTokenClaims(jti, session.id().toString(),
                        session.subject().toString(), session.tenant().value(), now, expiresAt,
                        resolved(extraClaims, session)));
                yield new Minted(token, hashOfJti(jti));
            }
        };
    }

    public Minted mintRefresh() {
        return minted(generator.opaque());
    }

    /** The stored hash a presented access token stands for; empty when it cannot be one of ours. */
    public Optional<TokenHash> hashOfAccessToken(String presented) {
        if (presented == null || presented.isEmpty() || presented.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        if (JwtCodec.looksLikeJwt(presented)) {
            return jwt.verify(presented).map(c -> hashOfJti(c.tokenId()));
        }
        return Optional.of(TokenHash.of(presented));
    }

    public Optional<TokenHash> hashOfRefreshToken(String presented) {
        return hashOfOpaque(presented);
    }

    /**
     * The stored hash of an opaque secret handed out once: a refresh token, or the challenge of a login waiting
     * for its second factor (stored where a pending session's access token goes). Empty when it cannot be one.
     */
    public Optional<TokenHash> hashOfOpaque(String presented) {
        if (presented == null || presented.isEmpty() || presented.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(TokenHash.of(presented));
    }

    private static Map<String, String> resolved(Map<String, String> extraClaims, Session session) {
        if (extraClaims == null || !extraClaims.containsValue(SUBJECT_PLACEHOLDER)) {
            return extraClaims;
        }
        Map<String, String> claims = new java.util.LinkedHashMap<>(extraClaims);
        claims.replaceAll((name, value) -> SUBJECT_PLACEHOLDER.equals(value) ? session.subject().toString() : value);
        return claims;
    }

    private static TokenHash hashOfJti(String jti) {
        return TokenHash.of(JTI_HASH_PREFIX + jti);
    }

    private static Minted minted(String token) {
        return new Minted(token, TokenHash.of(token));
    }
}
