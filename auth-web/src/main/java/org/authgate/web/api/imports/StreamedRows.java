package org.authgate.web.api.imports;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.authgate.core.identity.TenantId;
import org.authgate.web.http.BoundedBody;
import org.authgate.web.usecase.ImportRow;

/**
 * The rows of one JSON array inside an import file, read one object at a time with JSON-P's streaming parser, never
 * the whole document: a file of 100,000 accounts holds one account's JSON in memory. A row that is not an object or
 * lacks what its format needs is a failed row with its index; text that is not JSON (or a body past
 * {@code authgate.import.max-bytes}) ends the rows with a failure at the index where it happened, the rows before it
 * having been imported.
 */
abstract class StreamedRows implements Iterator<ImportRow> {
    private final JsonParser parser;
    /** Where the rows' accounts go unless a row names its own tenant. */
    final TenantId tenant;
    private boolean opened;
    private boolean done;
    private int index;
    private ImportRow next;

    StreamedRows(JsonParser parser, TenantId tenant) {
        this.parser = Objects.requireNonNull(parser);
        this.tenant = Objects.requireNonNull(tenant);
    }

    /**
     * Moves the parser to just after the {@code [} of the accounts' array.
     *
     * @return why the file has no such array, or null when it is there
     */
    abstract String open(JsonParser parser);

    /**
     * The row of one account object.
     *
     * @throws RuntimeException (a missing or mistyped field) for a failed row
     */
    abstract ImportRow row(int index, JsonObject object);

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public ImportRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ImportRow row = next;
        next = null;
        return row;
    }

    private ImportRow advance() {
        try {
            if (!opened) {
                opened = true;
                String missing = open(parser);
                if (missing != null) {
                    done = true;
                    return ImportRow.failed(0, missing);
                }
            }
            JsonParser.Event event = parser.next();
            if (event == JsonParser.Event.END_ARRAY) {
                done = true;
                return null;
            }
            // Counted once the row is read whole: a syntax error inside it is reported at its own index.
            int at = index;
            if (event != JsonParser.Event.START_OBJECT) {
                skip(parser, event);
                index++;
                return ImportRow.failed(at, "a row is a JSON object");
            }
            JsonObject object = parser.getObject();
            index++;
            try {
                return row(at, object);
            } catch (RuntimeException e) {
                return ImportRow.failed(at, "malformed row: " + describe(e));
            }
        } catch (JsonException | NoSuchElementException e) {
            done = true;
            return ImportRow.failed(index, BoundedBody.tooLarge(e)
                    ? "the file is larger than authgate.import.max-bytes; the rows before were imported"
                    : "the file is not valid JSON here; the rows before were imported");
        }
    }

    /** Skips the value that starts with {@code event}. */
    static void skip(JsonParser parser, JsonParser.Event event) {
        if (event == JsonParser.Event.START_OBJECT) {
            parser.skipObject();
        } else if (event == JsonParser.Event.START_ARRAY) {
            parser.skipArray();
        }
    }

    /** A string member, or null when absent or JSON null; a member of another type is a malformed row. */
    static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw new IllegalArgumentException(name + " is not a string");
    }

    /** The strings of an array member; empty when absent. */
    static Set<String> texts(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            return Set.of();
        }
        if (!(value instanceof JsonArray array)) {
            throw new IllegalArgumentException(name + " is not an array");
        }
        Set<String> texts = new LinkedHashSet<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonString string)) {
                throw new IllegalArgumentException(name + " holds a value that is not a string");
            }
            texts.add(string.getString());
        }
        return texts;
    }

    private static String describe(RuntimeException e) {
        // JSON-P's messages name the member and the type found, not the values: safe to show.
        return e instanceof NullPointerException ? "a required field is missing"
                : e instanceof ClassCastException ? "a field has the wrong type" : e.getMessage();
    }
}
