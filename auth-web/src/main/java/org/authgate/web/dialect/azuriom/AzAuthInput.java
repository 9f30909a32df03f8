package org.authgate.web.dialect.azuriom;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A request's input as Laravel sees it, and Laravel's validation of it. Input is the query string
 * overlaid by the body: JSON for a JSON content type, a form for a form content type, nothing otherwise
 * (unreadable JSON is no input, so it fails validation with 422 as on Azuriom, never a 400). Strings are
 * trimmed except passwords and an empty string counts as absent (Laravel's TrimStrings and
 * ConvertEmptyStringsToNull middleware).
 */
final class AzAuthInput {
    private static final Set<String> UNTRIMMED = Set.of("password", "password_confirmation");
    /** A present value that is not a string (a number, a boolean, an object). */
    private static final Object NOT_A_STRING = new Object();

    private final Map<String, Object> values;
    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    private AzAuthInput(Map<String, Object> values) {
        this.values = values;
    }

    static AzAuthInput of(String body, MediaType type, MultivaluedMap<String, String> query) {
        Map<String, Object> values = new LinkedHashMap<>();
        query.forEach((name, list) -> put(values, name, list.isEmpty() ? null : list.get(list.size() - 1)));
        if (body != null && !body.isEmpty() && type != null) {
            String subtype = type.getSubtype().toLowerCase(java.util.Locale.ROOT);
            if (subtype.equals("json") || subtype.endsWith("+json")) {
                json(body, values);
            } else if (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
                form(body, values);
            }
        }
        return new AzAuthInput(values);
    }

    /** Laravel's {@code required|string} (and {@code max:N} when {@code max > 0}); null when it failed. */
    String requiredString(String field, int max) {
        Object value = values.get(field);
        if (value == null) {
            fail(field, "The " + attribute(field) + " field is required.");
            return null;
        }
        if (!(value instanceof String)) {
            fail(field, "The " + attribute(field) + " field must be a string.");
            return null;
        }
        String text = (String) value;
        if (max > 0 && text.codePointCount(0, text.length()) > max) {
            fail(field, "The " + attribute(field) + " field must not be greater than " + max + " characters.");
            return null;
        }
        return text;
    }

    /** An unvalidated optional value, as its text (Azuriom compares the 2FA code loosely: 123456 works too). */
    String optional(String field) {
        Object value = values.get(field);
        if (value instanceof NumberText number) {
            return number.text();
        }
        return value instanceof String text ? text : null;
    }

    boolean failed() {
        return !errors.isEmpty();
    }

    Map<String, List<String>> errors() {
        return errors;
    }

    /** Laravel's message: the first error, then "(and N more error(s))". */
    static AzAuthWire.AzAuthValidationJson validationBody(Map<String, List<String>> errors) {
        int count = errors.values().stream().mapToInt(List::size).sum();
        String first = errors.values().iterator().next().get(0);
        String message = count <= 1 ? first
                : first + " (and " + (count - 1) + " more error" + (count == 2 ? "" : "s") + ")";
        return new AzAuthWire.AzAuthValidationJson("error", message, errors);
    }

    private void fail(String field, String message) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }

    /** Laravel names a field in its messages with underscores as spaces: "The access token field…". */
    private static String attribute(String field) {
        return field.replace('_', ' ');
    }

    private static void json(String body, Map<String, Object> values) {
        JsonStructure parsed;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            parsed = reader.read();
        } catch (RuntimeException e) {
            return;
        }
        if (!(parsed instanceof JsonObject object)) {
            return;
        }
        object.forEach((name, value) -> {
            if (value instanceof JsonString s) {
                put(values, name, s.getString());
            } else if (value instanceof JsonNumber n) {
                values.put(name, new NumberText(n.toString()));
            } else if (value == JsonValue.NULL) {
                values.put(name, null);
            } else {
                values.put(name, NOT_A_STRING);
            }
        });
    }

    private static void form(String body, Map<String, Object> values) {
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                put(values, name, value);
            } catch (IllegalArgumentException e) {
                // a malformed escape: Laravel (PHP) skips what it cannot decode
            }
        }
    }

    private static void put(Map<String, Object> values, String name, String value) {
        String cleaned = value == null || UNTRIMMED.contains(name) ? value : value.strip();
        values.put(name, cleaned == null || cleaned.isEmpty() ? null : cleaned);
    }

    /** A JSON number: not a string for the {@code string} rule, but its text for loose comparisons. */
    private record NumberText(String text) {
    }
}
