package org.authgate.core.testing;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.authgate.core.token.AccessTokenClaims;
import org.authgate.core.token.JwtCodec;

/**
 * A JWT-shaped token signed with HMAC-SHA256 from the JDK: {@code header.payload.signature}, base64url.
 * The payload is a URL-encoded form ({@code jti=...&sid=...}) rather than JSON, which is all the core
 * needs: it only relies on the signature check and on getting its claims back.
 */
public final class FakeJwtCodec implements JwtCodec {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String HEADER = ENCODER.encodeToString(
            "{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    private static final String EXTRA = "x.";

    private final SecretKeySpec key;

    public FakeJwtCodec() {
        this("authgate-test-secret");
    }

    public FakeJwtCodec(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    @Override
    public String sign(AccessTokenClaims claims) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jti", claims.tokenId());
        fields.put("sid", claims.sessionId());
        fields.put("sub", claims.subject());
        if (claims.tenant() != null) {
            fields.put("tid", claims.tenant());
        }
        fields.put("iat", claims.issuedAt().toString());
        if (claims.expiresAt() != null) {
            fields.put("exp", claims.expiresAt().toString());
        }
        claims.extraClaims().forEach((k, v) -> fields.put(EXTRA + k, v));
        StringBuilder form = new StringBuilder();
        fields.forEach((k, v) -> form.append(form.length() == 0 ? "" : "&").append(encode(k)).append('=')
                .append(encode(v)));
        String body = HEADER + '.' + ENCODER.encodeToString(form.toString().getBytes(StandardCharsets.UTF_8));
        return body + '.' + signature(body);
    }

    @Override
    public Optional<AccessTokenClaims> verify(String jwt) {
        if (jwt == null || !JwtCodec.looksLikeJwt(jwt)) {
            return Optional.empty();
        }
        int lastDot = jwt.lastIndexOf('.');
        String body = jwt.substring(0, lastDot);
        byte[] presented = jwt.substring(lastDot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(signature(body).getBytes(StandardCharsets.US_ASCII), presented)
                || !body.startsWith(HEADER + '.')) {
            return Optional.empty();
        }
        try {
            return Optional.of(claims(new String(DECODER.decode(body.substring(HEADER.length() + 1)),
                    StandardCharsets.UTF_8)));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    /** The claims a token carries, read without checking its signature: what anyone can see in a JWT. */
    public static Map<String, String> readPayload(String jwt) {
        String payload = jwt.split("\\.")[1];
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : new String(DECODER.decode(payload), StandardCharsets.UTF_8).split("&")) {
            int eq = pair.indexOf('=');
            fields.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
        }
        return fields;
    }

    /** The same token with one claim changed and the original signature kept: a forgery. */
    public static String withClaim(String jwt, String name, String value) {
        Map<String, String> fields = readPayload(jwt);
        fields.put(name, value);
        StringBuilder form = new StringBuilder();
        fields.forEach((k, v) -> form.append(form.length() == 0 ? "" : "&").append(encode(k)).append('=')
                .append(encode(v)));
        String[] parts = jwt.split("\\.");
        return parts[0] + '.' + ENCODER.encodeToString(form.toString().getBytes(StandardCharsets.UTF_8)) + '.'
                + parts[2];
    }

    private static AccessTokenClaims claims(String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            fields.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
        }
        Map<String, String> extra = new LinkedHashMap<>();
        fields.forEach((k, v) -> {
            if (k.startsWith(EXTRA)) {
                extra.put(k.substring(EXTRA.length()), v);
            }
        });
        String exp = fields.get("exp");
        return new AccessTokenClaims(fields.get("jti"), fields.get("sid"), fields.get("sub"), fields.get("tid"),
                Instant.parse(fields.get("iat")), exp == null ? null : Instant.parse(exp), extra);
    }

    private String signature(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return ENCODER.encodeToString(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
