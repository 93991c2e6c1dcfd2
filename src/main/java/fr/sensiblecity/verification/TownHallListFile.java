package fr.sensiblecity.verification;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import fr.sensiblecity.base.DomainException;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a town hall's list as it comes out of a French office suite or an electoral-roll software, hashing each
 * row as it goes, so that no clear name is kept past the row being read. Columns: family name, given names, birth
 * date, and an optional postcode; {@code ;} or {@code ,} between them (the first line's most frequent one);
 * dates {@code dd/mm/yyyy} or {@code yyyy-mm-dd}; UTF-8 with or without a byte-order mark. A first line whose date
 * column holds no digit is a header and is skipped; blank lines are skipped. The first bad line stops the reading
 * with a sentence naming it (never quoting it), and nothing of the file is kept.
 */
final class TownHallListFile {

    private static final Pattern LINE = Pattern.compile("line (\\d+)");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final LocalDate OLDEST = LocalDate.of(1890, 1, 1);

    /** The distinct hashes of the list and how many rows gave them. */
    record Hashed(Set<String> hashes, int rows) {
    }

    private TownHallListFile() {
    }

    /**
     * @param maxBytes the file's largest size: reading stops with a refusal past it
     * @param today    no one on the list is born after it
     */
    static Hashed read(InputStream file, long maxBytes, byte[] salt, LocalDate today) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader text = new BufferedReader(new InputStreamReader(new Bounded(file, maxBytes), decoder))) {
            text.mark(1);
            if (text.read() != '\uFEFF') {
                text.reset();
            }
            text.mark(64 * 1024);
            char separator = separator(text.readLine());
            text.reset();
            return hashed(text, separator, salt, today);
        } catch (TooLarge tooLarge) {
            throw new DomainException("verification.list.error.tooLarge", maxBytes / (1024 * 1024));
        } catch (CharacterCodingException notUtf8) {
            throw new DomainException("verification.list.error.notUtf8");
        } catch (UncheckedIOException wrapped) {
            if (wrapped.getCause() instanceof TooLarge) {
                throw new DomainException("verification.list.error.tooLarge", maxBytes / (1024 * 1024));
            }
            if (wrapped.getCause() instanceof CharacterCodingException) {
                throw new DomainException("verification.list.error.notUtf8");
            }
            throw new DomainException("verification.list.error.unreadable");
        } catch (IOException unreadable) {
            throw new DomainException("verification.list.error.unreadable");
        }
    }

    private static Hashed hashed(BufferedReader text, char separator, byte[] salt, LocalDate today) {
        Set<String> hashes = new HashSet<>();
        int rows = 0;
        boolean first = true;
        try (var records = CsvReader.builder().fieldSeparator(separator).allowUnclosedQuote(false)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(text)) {
            for (CsvRecord record : records) {
                if (record.getFields().stream().allMatch(String::isBlank)) {
                    continue;
                }
                long line = record.getStartingLineNumber();
                if (first) {
                    first = false;
                    if (record.getFieldCount() >= 3 && !DIGIT.matcher(record.getField(2)).find()) {
                        continue;
                    }
                }
                hashes.add(hash(record, line, salt, today));
                rows++;
            }
        } catch (CsvParseException notCsv) {
            Matcher line = LINE.matcher(String.valueOf(notCsv.getMessage()));
            throw new DomainException("verification.list.error.malformed", line.find() ? line.group(1) : "1");
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        if (rows == 0) {
            throw new DomainException("verification.list.error.empty");
        }
        return new Hashed(hashes, rows);
    }

    private static String hash(CsvRecord record, long line, byte[] salt, LocalDate today) {
        if (record.getFieldCount() < 3) {
            throw new DomainException("verification.list.error.columns", line);
        }
        String family = ListedIdentity.familyName(record.getField(0));
        if (family.isEmpty()) {
            throw new DomainException("verification.list.error.familyName", line);
        }
        String given = ListedIdentity.firstGivenName(record.getField(1));
        if (given.isEmpty()) {
            throw new DomainException("verification.list.error.givenNames", line);
        }
        LocalDate born = ListedIdentity.birthDate(record.getField(2))
                .filter(date -> !date.isBefore(OLDEST) && !date.isAfter(today))
                .orElseThrow(() -> new DomainException("verification.list.error.birthDate", line));
        String postcode = null;
        if (record.getFieldCount() > 3 && !record.getField(3).isBlank()) {
            postcode = ListedIdentity.postcode(record.getField(3))
                    .orElseThrow(() -> new DomainException("verification.list.error.postcode", line));
        }
        return ListedIdentity.hash(salt, family, given, born, postcode);
    }

    /** {@code ;} (French spreadsheets) unless the first line has more commas. */
    private static char separator(String firstLine) {
        if (firstLine == null) {
            return ';';
        }
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        long commas = firstLine.chars().filter(c -> c == ',').count();
        return commas > semicolons ? ',' : ';';
    }

    private static final class TooLarge extends IOException {

        TooLarge() {
            super("the list is larger than allowed");
        }
    }

    /** Counts what is read and stops past the limit, so a file lying about its size is not read whole. */
    private static final class Bounded extends FilterInputStream {

        private final long max;
        private long count;

        Bounded(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b != -1) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        private void counted(int read) throws TooLarge {
            count += read;
            if (count > max) {
                throw new TooLarge();
            }
        }
    }
}
