package org.authgate.web.console;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 rows for a spreadsheet: a field with a comma, quote or line break is quoted (quotes doubled),
 * and a field a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage
 * return: OWASP's CSV injection list) gets a leading apostrophe, since audit fields such as a username or
 * client id are whatever a caller sent.
 */
final class CsvWriter {
    private final Writer out;

    CsvWriter(Writer out) {
        this.out = out;
    }

    void row(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(fields.get(i)));
        }
        out.write("\r\n");
    }

    /** One field as it stands in the file; null is an empty field. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
