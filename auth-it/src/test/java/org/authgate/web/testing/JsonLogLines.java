package org.authgate.web.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** A JSON log as a log shipper reads it: one JSON object per line, and nothing else (WildFly's and Payara's). */
public final class JsonLogLines {
    private JsonLogLines() {
    }

    /** Every line of {@code log} as a JSON object; an assertion error naming the first line that is not one. */
    public static List<JsonObject> parse(String log) {
        List<JsonObject> lines = new ArrayList<>();
        for (String line : log.split("\n")) {
            try (JsonReader reader = Json.createReader(new StringReader(line))) {
                lines.add(reader.readObject());
            } catch (JsonParsingException e) {
                throw new AssertionError("not a JSON object: " + line, e);
            }
        }
        return lines;
    }
}
