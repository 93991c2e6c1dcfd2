package fr.sensiblecity.panels.sortition;

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

/**
 * A small RFC 4180 reader: commas, double-quoted fields with doubled quotes and line breaks inside, CRLF or LF,
 * UTF-8 with or without a byte-order mark (spreadsheets write one). Hand-written because the project has no CSV
 * library and this is all the practitioners' files need.
 */
final class CsvReader {

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
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return parse(file, text);
    }

    static List<Row> parse(Path file, String text) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowStart = 1;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                addUnlessBlank(rows, rowStart, fields);
                fields = new ArrayList<>();
                line++;
                rowStart = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new SortitionInputException("unclosedQuote", file + ": line " + rowStart
                    + ": a quoted field is never closed", file.toString(), rowStart);
        }
        fields.add(field.toString());
        addUnlessBlank(rows, rowStart, fields);
        return rows;
    }

    private static void addUnlessBlank(List<Row> rows, int line, List<String> fields) {
        if (fields.stream().anyMatch(value -> !value.isBlank())) {
            rows.add(new Row(line, List.copyOf(fields)));
        }
    }
}
