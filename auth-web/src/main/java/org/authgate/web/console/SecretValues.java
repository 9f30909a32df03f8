package org.authgate.web.console;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which configuration values the console may show. A value is hidden when its key names a secret
 * (a password, a key, application tokens…) and, whatever the key, a {@code password=} inside a value (a
 * JDBC URL) is cut out. Errs on the side of hiding: a hidden harmless value costs nothing.
 */
final class SecretValues {
    static final String HIDDEN = "•••••• (set, hidden)";

    private static final Set<String> SECRET_WORDS = Set.of("password", "passwd", "pwd", "secret", "secrets", "key",
            "keys", "credential", "credentials", "tokens", "apikey", "passphrase", "private", "pepper");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[._\\-]+");
    private static final Pattern PASSWORD_IN_VALUE = Pattern.compile("(?i)((?:password|secret)=)[^&;]*");

    private SecretValues() {
    }

    /**
     * True for {@code authgate.dialect.365view.des-key}, {@code AUTHGATE_DB_PASSWORD},
     * {@code authgate.dialect.oneentry.app-tokens}, {@code ….access-token}; false for
     * {@code authgate.session.token-format}, {@code …refresh-token-lifetime-seconds} or
     * {@code authgate.local.password.min-length}, where the secret word is not what the value is but what it is
     * about.
     */
    static boolean isSecret(String name) {
        // What a key holds is named by its last words: "des-key" is a key, "password.min-length" a length.
        String[] words = WORD_SEPARATORS.split(name.toLowerCase(Locale.ROOT));
        int n = words.length;
        return (n > 0 && (SECRET_WORDS.contains(words[n - 1]) || words[n - 1].equals("token")))
                || (n > 1 && SECRET_WORDS.contains(words[n - 2]));
    }

    /** What the console shows for a key's value. */
    static String shown(String name, String value) {
        if (value == null) {
            return "";
        }
        if (isSecret(name)) {
            return value.isEmpty() ? "" : HIDDEN;
        }
        return PASSWORD_IN_VALUE.matcher(value).replaceAll("$1••••••");
    }
}
