package org.authgate.web.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Ways of spelling a path that a check on the raw path and routing may read differently: matrix parameters,
 * encoded slashes and backslashes, empty and dot segments, encoded letters, case variants. Each turns a
 * canonical path ({@code /api/v1/login}) into its trick.
 */
final class PathTricks {

    /** One spelling; {@code caseVariant} ones name another path (routes match case-sensitively). */
    record Trick(String name, UnaryOperator<String> apply, boolean caseVariant) {
        String on(String path) {
            return apply.apply(path);
        }
    }

    static final List<Trick> ALL = List.of(
            trick("matrix parameter on the first segment", p -> afterFirst(p, ";x")),
            trick("jsessionid at the end", p -> p + ";jsessionid=0A1B2C3D"),
            trick("matrix parameter on a middle segment", p -> afterSecond(p, ";a=b")),
            trick("encoded slash", p -> secondSlash(p, "%2F")),
            trick("lower-case encoded slash", p -> secondSlash(p, "%2f")),
            trick("double-encoded slash", p -> secondSlash(p, "%252F")),
            trick("encoded backslash", p -> secondSlash(p, "%5C")),
            trick("empty segment", p -> secondSlash(p, "//")),
            trick("leading empty segment", p -> "/" + p),
            trick("dot segment", p -> afterFirst(p, "/.")),
            trick("dot-dot segment", p -> afterFirst(p, "/x/..")),
            trick("encoded dot-dot segment", p -> afterFirst(p, "/x/%2e%2e")),
            trick("trailing dot segment", p -> p + "/."),
            trick("encoded letter", PathTricks::encodeFirstCharacter),
            new Trick("upper-case first segment", p -> {
                int end = firstSegmentEnd(p);
                return p.substring(0, end).toUpperCase(Locale.ROOT) + p.substring(end);
            }, true));

    private PathTricks() {
    }

    private static Trick trick(String name, UnaryOperator<String> apply) {
        return new Trick(name, apply, false);
    }

    private static String afterFirst(String path, String insert) {
        int end = firstSegmentEnd(path);
        return path.substring(0, end) + insert + path.substring(end);
    }

    private static int firstSegmentEnd(String path) {
        int end = path.indexOf('/', 1);
        return end < 0 ? path.length() : end;
    }

    private static String afterSecond(String path, String insert) {
        int first = path.indexOf('/', 1);
        if (first < 0) {
            return path + insert;
        }
        int second = path.indexOf('/', first + 1);
        return second < 0 ? path + insert : path.substring(0, second) + insert + path.substring(second);
    }

    /** The slash after the first segment replaced; a one-segment path gets one more segment after it. */
    private static String secondSlash(String path, String replacement) {
        int at = path.indexOf('/', 1);
        return at < 0 ? path + replacement + "x" : path.substring(0, at) + replacement + path.substring(at + 1);
    }

    private static String encodeFirstCharacter(String path) {
        byte c = path.substring(1, 2).getBytes(StandardCharsets.US_ASCII)[0];
        return "/%" + String.format("%02X", c) + path.substring(2);
    }
}
