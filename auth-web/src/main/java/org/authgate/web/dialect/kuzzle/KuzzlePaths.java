package org.authgate.web.dialect.kuzzle;

import java.util.regex.Pattern;

/**
 * The paths Kuzzle owns at the root: its API routes all start with {@code /_} (or the older
 * {@code /users/}, {@code /credentials/}, {@code /strategies}). Unknown routes under them are answered
 * in Kuzzle's envelope.
 */
final class KuzzlePaths {
    private static final Pattern OWNED = Pattern.compile("/(_[^/]*|users|strategies|credentials)(/.*)?");

    private KuzzlePaths() {
    }

    static boolean owns(String path) {
        return path != null && OWNED.matcher(path).matches();
    }
}
