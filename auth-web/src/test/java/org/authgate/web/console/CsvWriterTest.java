package org.authgate.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void plainFieldsAreWrittenAsTheyAreAndRowsEndWithCrLf() throws IOException {
        assertThat(write(List.of("2025-03-01T09:00:00Z", "LOGIN_SUCCEEDED", "alice")))
                .isEqualTo("2025-03-01T09:00:00Z,LOGIN_SUCCEEDED,alice\r\n");
    }

    @Test
    void nullAndEmptyAreEmptyFields() throws IOException {
        assertThat(write(Arrays.asList(null, "", "x"))).isEqualTo(",,x\r\n");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
        assertThat(CsvWriter.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvWriter.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvWriter.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.cell("cr\rhere")).isEqualTo("\"cr\rhere\"");
    }

    @Test
    void cellsASpreadsheetWouldRunAsAFormulaGetALeadingApostrophe() {
        assertThat(CsvWriter.cell("=1+2")).isEqualTo("'=1+2");
        assertThat(CsvWriter.cell("+41 79")).isEqualTo("'+41 79");
        assertThat(CsvWriter.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvWriter.cell("a=b")).as("only the first character counts").isEqualTo("a=b");
    }

    @Test
    void aFormulaWithACommaIsNeutralisedAndQuoted() {
        assertThat(CsvWriter.cell("=HYPERLINK(\"http://evil.test\",\"x\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.test\"\",\"\"x\"\")\"");
    }

    private static String write(List<String> fields) throws IOException {
        StringWriter out = new StringWriter();
        new CsvWriter(out).row(fields);
        return out.toString();
    }
}
