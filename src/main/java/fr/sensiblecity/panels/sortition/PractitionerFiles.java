package fr.sensiblecity.panels.sortition;

import java.nio.file.Path;
import java.util.List;

/**
 * The practitioners' files ({@code categories.csv}, {@code respondents.csv}) read from text already in memory,
 * such as an upload, with the same checks and one-line messages (naming the file and line) as the command.
 */
public final class PractitionerFiles {

    private PractitionerFiles() {
    }

    /** @throws SortitionInputException naming {@code fileName} and the line */
    public static List<Quota> categories(String fileName, String text) {
        Path name = Path.of(fileName);
        return PractitionerCsv.readCategories(name, CsvReader.parse(name, withoutBom(text)));
    }

    /** @throws SortitionInputException naming {@code fileName} and the line */
    public static List<Respondent> respondents(String fileName, String text, List<Quota> quotas) {
        Path name = Path.of(fileName);
        return PractitionerCsv.readRespondents(name, CsvReader.parse(name, withoutBom(text)), quotas);
    }

    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
