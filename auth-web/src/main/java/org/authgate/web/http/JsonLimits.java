package org.authgate.web.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How much structure a JSON text from a client may have: nesting depth, string (and key) length, and
 * number size, where a number's size is the digits it takes written out ({@code 1e400} has 401: binding it
 * to a long or BigInteger would build every one of them). Checked while streaming with JSON-P's parser
 * before anything binds or builds the text, so that a deep or huge value is a client error of the
 * dialect's own format, not a library failure: Parsson stops at depth 1000 with a bare RuntimeException,
 * which surfaced as a 500. Syntax errors are not this class's business: the code that reads the text
 * reports them in its own way.
 */
@ApplicationScoped
public class JsonLimits {

    @Inject
    @ConfigProperty(name = "authgate.http.json.max-depth", defaultValue = "32")
    int maxDepth;

    @Inject
    @ConfigProperty(name = "authgate.http.json.max-string-length", defaultValue = "8192")
    int maxStringLength;

    @Inject
    @ConfigProperty(name = "authgate.http.json.max-number-length", defaultValue = "100")
    int maxNumberLength;

    /** Limits outside a container (unit tests). */
    public static JsonLimits of(int maxDepth, int maxStringLength, int maxNumberLength) {
        JsonLimits limits = new JsonLimits();
        limits.maxDepth = maxDepth;
        limits.maxStringLength = maxStringLength;
        limits.maxNumberLength = maxNumberLength;
        return limits;
    }

    /**
     * Reads a JSON text within the limits.
     *
     * @throws JsonException when it is not JSON, or is over a limit ({@link Exceeded})
     */
    public JsonValue read(String text) {
        check(new StringReader(text));
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    /**
     * Streams through {@code text} and fails on the first value over a limit. Stops at the first syntax error,
     * which is for the reader of the text to report.
     *
     * @return whether the text is one well-formed JSON value
     * @throws Exceeded when a value is over a limit
     */
    public boolean check(Reader text) {
        int depth = 0;
        try (JsonParser parser = Json.createParser(text)) {
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_ARRAY, START_OBJECT -> {
                        if (++depth > maxDepth) {
                            throw new Exceeded("JSON nested deeper than " + maxDepth + " levels");
                        }
                    }
                    case END_ARRAY, END_OBJECT -> depth--;
                    case KEY_NAME, VALUE_STRING -> {
                        if (parser.getString().length() > maxStringLength) {
                            throw new Exceeded("a JSON string longer than " + maxStringLength + " characters");
                        }
                    }
                    case VALUE_NUMBER -> {
                        String number = parser.getString();
                        if (number.length() > maxNumberLength || digits(number) > maxNumberLength) {
                            throw new Exceeded("a JSON number longer than " + maxNumberLength + " digits");
                        }
                    }
                    default -> {
                    }
                }
            }
            return true;
        } catch (Exceeded e) {
            throw e;
        } catch (JsonException e) {
            // not JSON (or not readable): whoever reads it says so in the dialect's words
            return false;
        } catch (RuntimeException e) {
            // the parser's own limits (Parsson: a bare RuntimeException past depth 1000), if set below ours
            throw new Exceeded("JSON too deeply nested or too large");
        }
    }

    /** The digits a JSON number takes written out in full; {@code text} is valid JSON number syntax. */
    static long digits(String text) {
        BigDecimal number;
        try {
            number = new BigDecimal(text);
        } catch (NumberFormatException | ArithmeticException e) {
            return Long.MAX_VALUE; // an exponent beyond int range
        }
        long precision = number.precision();
        long scale = number.scale();
        // 123.45 (precision 5, scale 2): 5; 1e400 (1, -400): 401; 1e-400 (1, 400): 400
        return Math.max(precision, Math.max(precision - scale, scale));
    }

    /** A JSON text over one of the limits: a {@link JsonException}, so readers that catch those refuse it too. */
    public static final class Exceeded extends JsonException {
        Exceeded(String message) {
            super(message);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this; // a client's mistake, not a bug: no stack to record
        }
    }
}
