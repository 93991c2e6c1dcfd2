package fr.sensiblecity.opendata;

import de.siegmar.fastcsv.writer.LineDelimiter;
import fr.sensiblecity.base.OpenDataset;
import fr.sensiblecity.base.SpreadsheetCells;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * RFC 4180 CSV in UTF-8, written by FastCSV: a header line, CRLF line ends, a field quoted when it holds a comma,
 * a quote or a line break, quotes doubled. Cells go through {@link SpreadsheetCells#defused}, so that a
 * spreadsheet shows a text starting with {@code = + - @} rather than running it as a formula (CSV injection);
 * numbers are written as they are.
 */
final class CsvWriter {

    private CsvWriter() {
    }

    static void write(OpenDataset dataset, OutputStream out) throws IOException {
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        // FastCSV's own buffer would flush on close only; ours is flushed below without closing the response.
        de.siegmar.fastcsv.writer.CsvWriter csv = de.siegmar.fastcsv.writer.CsvWriter.builder()
                .lineDelimiter(LineDelimiter.CRLF).bufferSize(0).build(text);
        csv.writeRecord(dataset.columns().stream().map(column -> SpreadsheetCells.defused(column.name())).toList());
        try {
            dataset.forEachRow(values -> csv.writeRecord(Arrays.stream(values).map(SpreadsheetCells::defused)
                    .toList()));
        } catch (UncheckedIOException clientLeft) {
            throw clientLeft.getCause();
        }
        text.flush();
    }

    /** One cell as it appears in the file. */
    static String cell(Object value) {
        StringWriter line = new StringWriter();
        de.siegmar.fastcsv.writer.CsvWriter.builder().lineDelimiter(LineDelimiter.LF).bufferSize(0).build(line)
                .writeRecord(SpreadsheetCells.defused(value));
        return line.toString().substring(0, line.toString().length() - 1);
    }
}
