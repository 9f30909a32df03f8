package org.authgate.web.http;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Only canonical paths reach the routes. Routing and the decisions taken on a path (which dialect owns it,
 * whose error format applies) must see the same path; but JAX-RS matches a path with its matrix parameters
 * removed and its escapes decoded, so {@code /api;x/content/...} or {@code /api/%63ontent/...} reached a
 * route that a check on the raw path did not recognise. No route of authgate takes matrix parameters,
 * encoded letters, encoded slashes or dot segments, so a path spelled with any of them is refused with
 * a 404 in the format of the dialect that owns the path it stands for: {@code ;params}, an encoded
 * unreserved character, {@code /}, {@code \}, {@code ;}, {@code %} or control character, a malformed
 * escape, an empty segment ({@code //}) and {@code .} or {@code ..} segments. Case variants need no
 * rule: routes and owners both match case-sensitively, so {@code /API/...} is nobody's route.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class CanonicalPath implements ContainerRequestFilter {
    private static final String UNRESERVED_MARKS = "-._~";
    private static final String STRUCTURAL = "/\\;%";

    @Inject
    ErrorMappers.Responder responder;

    @Override
    public void filter(ContainerRequestContext request) {
        String raw = requestPath(request.getUriInfo());
        if (!isCanonical(raw)) {
            request.abortWith(responder.respond(ownerPath(raw), ProblemType.NOT_FOUND, "no such resource"));
        }
    }

    /**
     * The request's path as written (undecoded, matrix parameters kept), always starting with one '/' and without
     * the context root: what ownership and canonicality are decided on, the same way everywhere.
     */
    public static String requestPath(UriInfo uri) {
        return "/" + uri.getPath(false).replaceFirst("^/", "");
    }

    /** True when {@code raw} (the undecoded path) names its resource in the one way routes are written. */
    static boolean isCanonical(String raw) {
        if (raw.indexOf(';') >= 0 || raw.indexOf('\\') >= 0 || raw.contains("//")) {
            return false;
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return false;
            }
            if (c == '%') {
                int decoded = hexPair(raw, i + 1);
                if (decoded < 0 || decoded < 0x20 || decoded == 0x7f || STRUCTURAL.indexOf(decoded) >= 0
                        || unreserved(decoded)) {
                    return false;
                }
                i += 2;
            }
        }
        for (String segment : raw.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The path a non-canonical one stands for, as routing would see it: matrix parameters dropped, escapes
     * of ASCII characters decoded (again, while there are: {@code %252F} is a slash to a proxy that decodes twice),
     * backslashes as slashes, empty and dot segments resolved. Used only to pick whose error format applies.
     */
    static String ownerPath(String raw) {
        String decoded = raw;
        for (int round = 0; round < 3; round++) {
            String again = decodeAscii(decoded);
            if (again.equals(decoded)) {
                break;
            }
            decoded = again;
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : decoded.replace('\\', '/').split("/")) {
            int matrix = segment.indexOf(';');
            String name = matrix >= 0 ? segment.substring(0, matrix) : segment;
            if (name.equals("..")) {
                segments.pollLast();
            } else if (!name.isEmpty() && !name.equals(".")) {
                segments.addLast(name);
            }
        }
        return "/" + String.join("/", segments);
    }

    private static String decodeAscii(String raw) {
        StringBuilder decoded = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            int value = c == '%' ? hexPair(raw, i + 1) : -1;
            if (value >= 0 && value < 0x80) {
                decoded.append((char) value);
                i += 2;
            } else {
                decoded.append(c);
            }
        }
        return decoded.toString();
    }

    private static boolean unreserved(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || UNRESERVED_MARKS.indexOf(c) >= 0;
    }

    /** The byte value of the two hex digits at {@code at}, or -1 when there are not two. */
    private static int hexPair(String s, int at) {
        if (at + 1 >= s.length()) {
            return -1;
        }
        int high = hexDigit(s.charAt(at));
        int low = hexDigit(s.charAt(at + 1));
        return high < 0 || low < 0 ? -1 : high * 16 + low;
    }

    /** ASCII hex only: {@link Character#digit} would also take other scripts' digits. */
    private static int hexDigit(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
