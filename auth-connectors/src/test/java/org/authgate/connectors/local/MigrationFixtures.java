package org.authgate.connectors.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.authgate.core.account.KeycloakPassword;

/**
 * The stored hashes of the real migration fixtures ({@code fixtures/migration/} at the repository's root, made by
 * Keycloak 26.7.3 and PHP 8.2), read with patterns rather than a JSON library, which this module does not have:
 * the import's JSON reading is the web's and has its own tests.
 */
final class MigrationFixtures {
    static final Path DIRECTORY = Path.of("..", "fixtures", "migration");

    /** Username to the right password, from the fixtures' README. */
    static final Map<String, String> PASSWORDS = Map.of(
            "ada", "Ada-Lovelace-1815", "bob", "Bob-Builder-2026!", "cyd", "Cyd-Charisse-1922",
            "dee", "Dee-Dee-Ramone-77", "eve", "Eve-Online-2003!", "finn", "Finn-The-Human-1",
            "gus", "Gus-Fring-Pollos");

    private static final Pattern KEYCLOAK_USER = Pattern.compile(
            "\"username\"\\s*:\\s*\"(\\w+)\".*?\"secretData\"\\s*:\\s*\"\\{\\\\\"value\\\\\":\\\\\"([^\\\\]+)\\\\\","
                    + "\\\\\"salt\\\\\":\\\\\"([^\\\\]+)\\\\\".*?\"credentialData\"\\s*:\\s*\"\\{\\\\\"hashIterations"
                    + "\\\\\":(\\d+),\\\\\"algorithm\\\\\":\\\\\"([\\w-]+)\\\\\"(.*?)\"\\s*[,}]",
            Pattern.DOTALL);
    private static final Pattern PARAMETER = Pattern.compile("\\\\\"(\\w+)\\\\\":\\[\\\\\"([\\w.]+)\\\\\"]");
    private static final Pattern AZURIOM_USER = Pattern.compile(
            "\"name\"\\s*:\\s*\"(\\w+)\".*?\"password\"\\s*:\\s*\"([^\"]+)\"", Pattern.DOTALL);

    private MigrationFixtures() {
    }

    /** Username to the stored hash authgate keeps for it, in the order of the export. */
    static Map<String, String> keycloakHashes() {
        Map<String, String> hashes = new LinkedHashMap<>();
        Matcher m = KEYCLOAK_USER.matcher(read("keycloak-26.7.3-realm-acme.json"));
        while (m.find()) {
            Map<String, String> parameters = new LinkedHashMap<>();
            Matcher p = PARAMETER.matcher(m.group(6));
            while (p.find()) {
                parameters.put(p.group(1), p.group(2));
            }
            hashes.put(m.group(1), new KeycloakPassword(m.group(5), Integer.parseInt(m.group(4)), parameters,
                    m.group(2), m.group(3)).toStoredHash());
        }
        return hashes;
    }

    static Map<String, String> azuriomHashes() {
        Map<String, String> hashes = new LinkedHashMap<>();
        Matcher m = AZURIOM_USER.matcher(read("azuriom-users-bcrypt.json"));
        while (m.find()) {
            hashes.put(m.group(1), m.group(2));
        }
        return hashes;
    }

    private static String read(String name) {
        try {
            return Files.readString(DIRECTORY.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
