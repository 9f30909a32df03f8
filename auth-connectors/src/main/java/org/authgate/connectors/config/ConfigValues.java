package org.authgate.connectors.config;

import java.util.Optional;
import java.util.function.Function;

/** How every connector's settings read a number and check its range, with messages that name the key. */
public final class ConfigValues {
    private ConfigValues() {
    }

    /** The integer under {@code key}, {@code fallback} when it is missing or blank. */
    public static int integer(Function<String, Optional<String>> source, String key, int fallback) {
        Optional<String> text = source.apply(key).map(String::strip).filter(s -> !s.isEmpty());
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.get());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be an integer, not '" + text.get() + "'");
        }
    }

    public static void requireRange(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(key + " must be between " + min + " and " + max + ", not " + value);
        }
    }
}
