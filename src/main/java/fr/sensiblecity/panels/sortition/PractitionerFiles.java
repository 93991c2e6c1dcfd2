package fr.sensiblecity.panels.sortition;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The practitioners' files ({@code categories.csv}, {@code respondents.csv}, and the probabilities of a lottery)
 * read from text already in memory, such as an upload, with the same checks and one-line messages (naming the
 * file and line) as the command, and written in the same format, so that an export imports back unchanged.
 */
public final class PractitionerFiles {

    private PractitionerFiles() {
    }

    /** @throws SortitionInputException naming {@code fileName} and the line */
    public static List<Quota> categories(String fileName, String text) {
        Path name = Path.of(fileName);
        return PractitionerCsv.readCategories(name, CsvReader.parse(name, text));
    }

    /** @throws SortitionInputException naming {@code fileName} and the line */
    public static List<Respondent> respondents(String fileName, String text, List<Quota> quotas) {
        Path name = Path.of(fileName);
        return PractitionerCsv.readRespondents(name, CsvReader.parse(name, text), quotas);
    }

    /** {@code category,feature,min,max}, one line per quota. */
    public static String categoriesText(List<Quota> quotas) {
        return PractitionerCsv.categoriesText(quotas);
    }

    /** {@code id} and one column per category, in the order of the map. */
    public static String respondentsText(List<String> categories, Map<String, Map<String, String>> featuresById) {
        return PractitionerCsv.respondentsText(categories, featuresById);
    }

    /** {@code id,probability}, each to 6 decimals with a dot. */
    public static String probabilitiesText(Map<String, Double> probabilities) {
        return PractitionerCsv.probabilitiesText(probabilities);
    }

    /** The probabilities of a file written by {@link #probabilitiesText}, in its order. */
    public static Map<String, Double> probabilities(String text) {
        Map<String, Double> probabilities = new LinkedHashMap<>();
        List<CsvReader.Row> rows = CsvReader.parse(Path.of("probabilities.csv"), text);
        rows.stream().skip(1).filter(row -> row.fields().size() >= 2)
                .forEach(row -> probabilities.put(row.fields().get(0), Double.valueOf(row.fields().get(1))));
        return probabilities;
    }
}
