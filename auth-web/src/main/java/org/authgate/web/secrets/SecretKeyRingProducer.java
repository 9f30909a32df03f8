package org.authgate.web.secrets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.authgate.core.secret.SecretKeyRing;
import org.authgate.core.secret.SecretsUnavailable;
import org.eclipse.microprofile.config.Config;

/**
 * The secrets key ring from the configuration, in this order (the last key seals, every key opens):
 * the lines of {@code authgate.secrets.key-file}, then {@code authgate.secrets.keys} ({@code id:base64,...}),
 * then {@code authgate.secrets.key} ({@code AUTHGATE_SECRETS_KEY}: one base64 key, its id derived from it).
 * With none of them the deployment fails: secrets are never stored in clear.
 */
@ApplicationScoped
public class SecretKeyRingProducer {
    public static final String KEY_FILE = "authgate.secrets.key-file";
    static final String KEYS = "authgate.secrets.keys";
    static final String KEY = "authgate.secrets.key";

    /** Singleton pseudo-scope: the ring is a final class, read once. */
    @Produces
    @Singleton
    SecretKeyRing ring(Config config) {
        return ring(config.getOptionalValue(KEY_FILE, String.class), config.getOptionalValue(KEYS, String.class),
                config.getOptionalValue(KEY, String.class));
    }

    static SecretKeyRing ring(Optional<String> keyFile, Optional<String> keys, Optional<String> key) {
        List<String> entries = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        if (keyFile.isPresent() && !keyFile.get().isBlank()) {
            entries.addAll(lines(Path.of(keyFile.get().strip())));
            sources.add(KEY_FILE);
        }
        if (keys.isPresent() && !keys.get().isBlank()) {
            entries.addAll(Arrays.asList(keys.get().split(",")));
            sources.add(KEYS);
        }
        if (key.isPresent() && !key.get().isBlank()) {
            entries.add(key.get());
            sources.add(KEY + " (AUTHGATE_SECRETS_KEY)");
        }
        return SecretKeyRing.of(entries, sources.isEmpty() ? "authgate.secrets" : String.join(" + ", sources));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // The path is configuration, not a secret; the exception's message could quote the file, so it is left out.
            throw new SecretsUnavailable(KEY_FILE + ": cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
        }
    }
}
