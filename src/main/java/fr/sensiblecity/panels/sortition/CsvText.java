package fr.sensiblecity.panels.sortition;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import fr.sensiblecity.base.SpreadsheetCells;
import java.io.StringWriter;
import java.util.List;

/**
 * The practitioners' files as written, by FastCSV: fields quoted when they hold a comma, a quote or a line break,
 * text cells defused for spreadsheets ({@link SpreadsheetCells}), numbers as they are, LF line ends as the
 * practitioners' own tools write them.
 */
final class CsvText {

    private CsvText() {
    }

    static String of(List<? extends List<?>> rows) {
        StringWriter text = new StringWriter();
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).bufferSize(0).build(text);
        rows.forEach(row -> csv.writeRecord(row.stream().map(SpreadsheetCells::defused).toList()));
        return text.toString();
    }
}
