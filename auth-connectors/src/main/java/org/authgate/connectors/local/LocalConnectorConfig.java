package org.authgate.connectors.local;

import static org.authgate.connectors.config.ConfigValues.integer;
import static org.authgate.connectors.config.ConfigValues.requireRange;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * The local connector's settings, checked when built so that a bad value stops the deployment instead of
 * weakening every password hashed afterwards.
 *
 * @param argon2MemoryKib   Argon2id memory cost in KiB ({@value #MEMORY_KIB}, OWASP's 19456 by default)
 * @param argon2Iterations  Argon2id passes over memory ({@value #ITERATIONS}, default 2)
 * @param argon2Parallelism Argon2id lanes ({@value #PARALLELISM}, default 1)
 * @param passwordMinLength fewest characters (code points) a new password may have ({@value #PASSWORD_MIN_LENGTH},
 *                          default 8)
 * @param totpIssuer        the name authenticator apps show next to the account ({@value #TOTP_ISSUER},
 *                          default "authgate")
 */
public record LocalConnectorConfig(
        int argon2MemoryKib,
        int argon2Iterations,
        int argon2Parallelism,
        int passwordMinLength,
        String totpIssuer) {

    public static final String MEMORY_KIB = "authgate.local.argon2.memory-kib";
    public static final String ITERATIONS = "authgate.local.argon2.iterations";
    public static final String PARALLELISM = "authgate.local.argon2.parallelism";
    public static final String PASSWORD_MIN_LENGTH = "authgate.local.password.min-length";
    public static final String TOTP_ISSUER = "authgate.local.totp.issuer";

    public static final int DEFAULT_MEMORY_KIB = 19456;
    public static final int DEFAULT_ITERATIONS = 2;
    public static final int DEFAULT_PARALLELISM = 1;
    public static final int DEFAULT_PASSWORD_MIN_LENGTH = 8;
    public static final String DEFAULT_TOTP_ISSUER = "authgate";

    /** Longer passwords are refused so that nobody can make the server hash megabytes per request. */
    public static final int PASSWORD_MAX_LENGTH = 1024;

    // Below OWASP's weakest recommended Argon2id setting (7 MiB with 5 passes) nothing is worth running.
    private static final int MIN_MEMORY_KIB = 8192;
    // 4 GiB per login would take a node down with a handful of concurrent requests.
    private static final int MAX_MEMORY_KIB = 4 * 1024 * 1024;
    private static final int MAX_ITERATIONS = 100;
    private static final int MAX_PARALLELISM = 64;
    // NIST SP 800-63B: at least 8 characters for a memorised secret chosen by the user.
    private static final int MIN_PASSWORD_MIN_LENGTH = 8;

    public LocalConnectorConfig {
        requireRange(MEMORY_KIB, argon2MemoryKib, MIN_MEMORY_KIB, MAX_MEMORY_KIB);
        requireRange(ITERATIONS, argon2Iterations, 1, MAX_ITERATIONS);
        requireRange(PARALLELISM, argon2Parallelism, 1, MAX_PARALLELISM);
        requireRange(PASSWORD_MIN_LENGTH, passwordMinLength, MIN_PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH);
        Objects.requireNonNull(totpIssuer, TOTP_ISSUER);
        totpIssuer = totpIssuer.strip();
        // Authenticator apps split the otpauth label at the first colon (issuer:account).
        if (totpIssuer.isEmpty() || totpIssuer.length() > 64 || totpIssuer.indexOf(':') >= 0) {
            throw new IllegalArgumentException(TOTP_ISSUER + " must be 1-64 characters without ':'");
        }
    }

    public static LocalConnectorConfig defaults() {
        return new LocalConnectorConfig(DEFAULT_MEMORY_KIB, DEFAULT_ITERATIONS, DEFAULT_PARALLELISM,
                DEFAULT_PASSWORD_MIN_LENGTH, DEFAULT_TOTP_ISSUER);
    }

    /** The settings in effect, by configuration key (what the admin console's Connectors page lists). */
    public Map<String, String> asMap() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put(MEMORY_KIB, Integer.toString(argon2MemoryKib));
        keys.put(ITERATIONS, Integer.toString(argon2Iterations));
        keys.put(PARALLELISM, Integer.toString(argon2Parallelism));
        keys.put(PASSWORD_MIN_LENGTH, Integer.toString(passwordMinLength));
        keys.put(TOTP_ISSUER, totpIssuer);
        return keys;
    }

    /** Reads the {@code authgate.local.*} keys; missing ones take their defaults. */
    public static LocalConnectorConfig from(Config config) {
        return read(key -> config.getOptionalValue(key, String.class));
    }

    /** As {@link #from(Config)}, for tests and tools that have no MicroProfile Config. */
    public static LocalConnectorConfig fromMap(Map<String, String> values) {
        return read(key -> Optional.ofNullable(values.get(key)));
    }

    /** The Argon2 parameters new hashes are made with. */
    Argon2Params argon2() {
        return new Argon2Params(argon2MemoryKib, argon2Iterations, argon2Parallelism);
    }

    private static LocalConnectorConfig read(Function<String, Optional<String>> source) {
        return new LocalConnectorConfig(
                integer(source, MEMORY_KIB, DEFAULT_MEMORY_KIB),
                integer(source, ITERATIONS, DEFAULT_ITERATIONS),
                integer(source, PARALLELISM, DEFAULT_PARALLELISM),
                integer(source, PASSWORD_MIN_LENGTH, DEFAULT_PASSWORD_MIN_LENGTH),
                source.apply(TOTP_ISSUER).orElse(DEFAULT_TOTP_ISSUER));
    }
}
