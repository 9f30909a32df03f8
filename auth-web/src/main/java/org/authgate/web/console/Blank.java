package org.authgate.web.console;

/** Form fields left blank mean "any": the facades turn them into null before building a filter. */
final class Blank {
    private Blank() {
    }

    static String toNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
