package org.authgate.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The resource servers allowed to introspect tokens with HTTP Basic (RFC 7662 §2.1), from
 * {@code authgate.introspection.client-secrets = id:sha256hex,...}. Only the SHA-256 of each secret is
 * configured, so the setting itself (console, environment dumps) reveals nothing usable; client secrets
 * are meant to be long random strings, which a plain hash protects well enough.
 */
@ApplicationScoped
public class IntrospectionClients {
    /** Compared against when the client id is unknown, so the answer takes as long either way. */
    private static final byte[] NO_SECRET = new byte[32];

    private Map<String, byte[]> hashes;

    /** For the CDI proxy only. */
    protected IntrospectionClients() {
        this.hashes = Map.of();
    }

    @Inject
    public IntrospectionClients(
            @ConfigProperty(name = "authgate.introspection.client-secrets") Optional<String> configured) {
        this.hashes = parse(configured.orElse(""));
    }

    /** Parses {@code id:sha256hex} pairs; a malformed pair fails the deployment rather than lock a client out silently. */
    static Map<String, byte[]> parse(String configured) {
        Map<String, byte[]> parsed = new LinkedHashMap<>();
        for (String pair : configured.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int colon = pair.indexOf(':');
            String id = colon < 0 ? "" : pair.substring(0, colon).strip();
            String hex = colon < 0 ? "" : pair.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
            if (id.isEmpty() || !hex.matches("[0-9a-f]{64}")) {
                // The pair may hold a secret typed in clear: never repeat it.
                throw new IllegalArgumentException("authgate.introspection.client-secrets: each entry must be"
                        + " <client id>:<SHA-256 of the secret, 64 hex digits>");
            }
            parsed.put(id, HexFormat.of().parseHex(hex));
        }
        return Map.copyOf(parsed);
    }

    /** Whether {@code secret} is the configured client's, compared in constant time. */
    public boolean authenticates(String clientId, String secret) {
        byte[] expected = clientId == null ? null : hashes.get(clientId);
        boolean matches = MessageDigest.isEqual(expected == null ? NO_SECRET : expected, sha256(secret == null ? "" : secret));
        return expected != null && matches;
    }

    static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
