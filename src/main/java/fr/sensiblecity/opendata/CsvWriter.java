package fr.sensiblecity.opendata;

import fr.sensiblecity.base.OpenDataset;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * RFC 4180 CSV in UTF-8: a header line, CRLF line ends, a field quoted when it holds a comma, a quote or a line
 * break, quotes doubled. A text cell that starts with {@code = + - @}, a tab or a carriage return gets a leading
 * apostrophe, so that a spreadsheet shows it rather than running it as a formula (CSV injection); numbers are
 * written as they are.
 */
final class CsvWriter {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvWriter() {
    }

    static void write(OpenDataset dataset, OutputStream out) throws IOException {
        Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        StringBuilder line = new StringBuilder(256);
        for (OpenDataset.Column column : dataset.columns()) {
            field(line, column.name());
        }
        csv.write(end(line));
        try {
            dataset.forEachRow(values -> {
                for (Object value : values) {
                    field(line, value);
                }
                try {
                    csv.write(end(line));
                } catch (IOException clientLeft) {
                    throw new UncheckedIOException(clientLeft);
                }
            });
        } catch (UncheckedIOException clientLeft) {
            throw clientLeft.getCause();
        }
        csv.flush();
    }

    /** One cell as it appears in the file. */
    static String cell(Object value) {
        StringBuilder line = new StringBuilder();
        field(line, value);
        return line.substring(0, line.length() - 1);
    }

    private static void field(StringBuilder line, Object value) {
        if (value != null) {
            String text = value.toString();
            if (!(value instanceof Number) && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
                text = "'" + text;
            }
            if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                line.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                line.append(text);
            }
        }
        line.append(',');
    }

    private static String end(StringBuilder line) {
        line.setLength(line.length() - 1);
        String text = line.append("\r\n").toString();
        line.setLength(0);
        return text;
    }
}
