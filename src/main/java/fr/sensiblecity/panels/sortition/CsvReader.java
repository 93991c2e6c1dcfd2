package fr.sensiblecity.panels.sortition;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import fr.sensiblecity.base.SpreadsheetCells;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The practitioners' CSV files, read by FastCSV (RFC 4180: commas, double-quoted fields with doubled quotes and
 * line breaks inside, CRLF or LF), from UTF-8 with or without a byte-order mark (spreadsheets write one). Rows may
 * be shorter or longer than the header; blank rows are skipped. A cell our exports defused with an apostrophe
 * ({@link SpreadsheetCells}) is read back as the value it stood for.
 */
final class CsvReader {

    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    /** A record and the line of the file where it starts, for messages. */
    record Row(int line, List<String> fields) {
    }

    private CsvReader() {
    }

    static List<Row> read(Path file) {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException missing) {
            throw new SortitionInputException("noSuchFile", file + ": no such file", file.toString());
        } catch (CharacterCodingException notUtf8) {
            throw new SortitionInputException("notUtf8", file + ": not UTF-8 text (save it as CSV UTF-8)",
                    file.toString());
        } catch (IOException unreadable) {
            throw new SortitionInputException("unreadable", file + ": cannot be read (" + unreadable.getMessage() + ")",
                    file.toString());
        }
        return parse(file, text);
    }

    static List<Row> parse(Path file, String text) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        try (var records = de.siegmar.fastcsv.reader.CsvReader.builder().allowUnclosedQuote(false)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(csv)) {
            for (CsvRecord record : records) {
                if (record.getFields().stream().anyMatch(value -> !value.isBlank())) {
                    rows.add(new Row(Math.toIntExact(record.getStartingLineNumber()),
                            record.getFields().stream().map(SpreadsheetCells::restored).toList()));
                }
            }
        } catch (CsvParseException notCsv) {
            Matcher line = LINE.matcher(String.valueOf(notCsv.getMessage()));
            int at = line.find() ? Integer.parseInt(line.group(1)) : 1;
            if (String.valueOf(notCsv.getMessage()).startsWith("Unclosed quoted field")) {
                throw new SortitionInputException("unclosedQuote", file + ": line " + at
                        + ": a quoted field is never closed", file.toString(), at);
            }
            throw new SortitionInputException("malformed", file + ": line " + at
                    + ": not valid CSV (a quote misplaced or never closed)", file.toString(), at);
        } catch (IOException notExpectedFromAString) {
            throw new SortitionInputException("unreadable", file + ": cannot be read", file.toString());
        }
        return rows;
    }
}
