package org.authgate.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The secret a Prometheus server presents to read the metrics ({@code Authorization: Bearer <secret>}), configured
 * as its SHA-256 ({@code authgate.metrics.scrape-secret-sha256}, 64 hex digits) like the introspection clients'
 * secrets, so that the setting itself (console, environment dumps) gives nothing usable away. Unset, the metrics
 * are not served at all: their counts tell an outsider how busy the service is and how its logins fail.
 */
@ApplicationScoped
public class ScrapeSecret {
    private byte[] hash;

    /** For the CDI proxy only. */
    protected ScrapeSecret() {
    }

    @Inject
    public ScrapeSecret(@ConfigProperty(name = "authgate.metrics.scrape-secret-sha256") Optional<String> configured) {
        this.hash = configured.filter(v -> !v.isBlank()).map(ScrapeSecret::parse).orElse(null);
    }

    static byte[] parse(String configured) {
        String hex = configured.strip().toLowerCase(Locale.ROOT);
        if (!hex.matches("[0-9a-f]{64}")) {
            // The value may be the secret typed in clear: never repeat it.
            throw new IllegalArgumentException("authgate.metrics.scrape-secret-sha256 must be the SHA-256 of the"
                    + " scrape secret, 64 hex digits (e.g. printf %s \"$SECRET\" | sha256sum)");
        }
        return HexFormat.of().parseHex(hex);
    }

    public boolean configured() {
        return hash != null;
    }

    /** Whether {@code presented} is the secret, compared in constant time (hash against hash). */
    public boolean matches(String presented) {
        return hash != null && presented != null
                && MessageDigest.isEqual(hash, IntrospectionClients.sha256(presented));
    }
}
