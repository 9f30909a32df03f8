package org.authgate.core.account;

import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A Keycloak password credential as a realm export holds it ({@code secretData}: base64 {@code value} and
 * {@code salt}; {@code credentialData}: {@code algorithm}, {@code hashIterations} and the provider's
 * {@code additionalParameters}), turned into the PHC string authgate stores for an imported password:
 * <ul>
 *   <li>{@code argon2} (Keycloak 24+; type {@code id}, version {@code 1.3}) becomes
 *       {@code $argon2id$v=19$m=<memory>,t=<iterations>,p=<parallelism>$<salt>$<value>}, authgate's own format;</li>
 *   <li>{@code pbkdf2-sha512}, {@code pbkdf2-sha256} and {@code pbkdf2} (HMAC-SHA1) become
 *       {@code $pbkdf2-sha512$i=<iterations>$<salt>$<value>} and so on; the key length is the value's.</li>
 * </ul>
 * Base64 is re-encoded without padding, as PHC strings are written. The key length of argon2 is also the value's
 * (Keycloak's {@code hashLength} says the same).
 */
public record KeycloakPassword(String algorithm, int iterations, Map<String, String> parameters, String value,
                               String salt) {
    public KeycloakPassword {
        parameters = Map.copyOf(Objects.requireNonNull(parameters, "parameters"));
    }

    /** @throws IllegalArgumentException for an algorithm or argon2 variant authgate does not verify */
    public String toStoredHash() {
        if (algorithm == null || value == null || salt == null) {
            throw new IllegalArgumentException("the credential lacks its algorithm, value or salt");
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("the credential lacks its hashIterations");
        }
        String phcSalt = reencode(salt);
        String phcValue = reencode(value);
        return switch (algorithm.toLowerCase(Locale.ROOT)) {
            case "pbkdf2" -> "$pbkdf2$i=" + iterations + '$' + phcSalt + '$' + phcValue;
            case "pbkdf2-sha256" -> "$pbkdf2-sha256$i=" + iterations + '$' + phcSalt + '$' + phcValue;
            case "pbkdf2-sha512" -> "$pbkdf2-sha512$i=" + iterations + '$' + phcSalt + '$' + phcValue;
            case "argon2" -> argon2(phcSalt, phcValue);
            default -> throw new IllegalArgumentException("unsupported Keycloak hash algorithm " + algorithm);
        };
    }

    private String argon2(String phcSalt, String phcValue) {
        String type = parameters.getOrDefault("type", "id");
        if (!type.equals("id")) {
            throw new IllegalArgumentException("unsupported argon2 type " + type + " (only argon2id)");
        }
        String version = switch (parameters.getOrDefault("version", "1.3")) {
            case "1.3" -> "19";
            case "1.0" -> "16";
            default -> throw new IllegalArgumentException("unsupported argon2 version");
        };
        return "$argon2id$v=" + version + "$m=" + number("memory") + ",t=" + iterations + ",p="
                + number("parallelism") + '$' + phcSalt + '$' + phcValue;
    }

    private int number(String name) {
        String text = parameters.get(name);
        try {
            return Integer.parseInt(Objects.requireNonNull(text));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("argon2 parameter " + name + " missing or not a number");
        }
    }

    private static String reencode(String base64) {
        try {
            return Base64.getEncoder().withoutPadding().encodeToString(Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad base64 in the credential");
        }
    }

    @Override
    public String toString() {
        return "KeycloakPassword[" + algorithm + ", i=" + iterations + "]";
    }
}
