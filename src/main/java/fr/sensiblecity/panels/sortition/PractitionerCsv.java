package fr.sensiblecity.panels.sortition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files sortition practitioners already keep (the Sortition Foundation's stratification app): {@code
 * categories.csv} with {@code category,feature,min,max}, and {@code respondents.csv} with an {@code id} column and
 * one column per category (other columns, such as names or e-mails, are ignored). Every problem becomes a
 * one-line {@link SortitionInputException} naming the file and line.
 */
final class PractitionerCsv {

    private PractitionerCsv() {
    }

    static List<Quota> readCategories(Path file) {
        return readCategories(file, CsvReader.read(file));
    }

    static List<Quota> readCategories(Path file, List<CsvReader.Row> rows) {
        if (rows.isEmpty()) {
            throw new SortitionInputException("categoriesEmpty", file + ": empty (the header must be category,feature,min,max)",
                    file.toString());
        }
        Map<String, Integer> header = header(rows.getFirst());
        int category = column(file, header, "category");
        int feature = column(file, header, "feature");
        int min = column(file, header, "min");
        int max = column(file, header, "max");
        List<Quota> quotas = new ArrayList<>();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            String categoryName = value(row, category);
            String featureValue = value(row, feature);
            if (categoryName.isEmpty() || featureValue.isEmpty()) {
                throw atLine(file, row, "emptyName", "the category and the feature must not be empty");
            }
            Feature named = Feature.of(categoryName, featureValue);
            int low = number(file, row, named, "min", value(row, min));
            int high = number(file, row, named, "max", value(row, max));
            if (low > high) {
                throw atLine(file, row, "minAboveMax", "the quota of " + named + " has min " + low + " above max " + high,
                        named.category().name(), named.value(), low, high);
            }
            if (quotas.stream().anyMatch(quota -> quota.feature().equals(named))) {
                throw atLine(file, row, "listedTwice", named + " is listed twice", named.category().name(),
                        named.value());
            }
            quotas.add(new Quota(named, low, high));
        }
        if (quotas.isEmpty()) {
            throw new SortitionInputException("noCategory", file + ": no category below the header", file.toString());
        }
        return quotas;
    }

    static List<Respondent> readRespondents(Path file, List<Quota> quotas) {
        return readRespondents(file, CsvReader.read(file), quotas);
    }

    static List<Respondent> readRespondents(Path file, List<CsvReader.Row> rows, List<Quota> quotas) {
        if (rows.isEmpty()) {
            throw new SortitionInputException("respondentsEmpty",
                    file + ": empty (the header needs id and one column per category)", file.toString());
        }
        Map<String, Integer> header = header(rows.getFirst());
        int id = column(file, header, "id");
        Map<Category, Integer> columns = new LinkedHashMap<>();
        quotas.stream().map(Quota::category).distinct()
                .forEach(category -> columns.put(category, column(file, header, category.name())));
        List<Respondent> respondents = new ArrayList<>();
        Map<String, Integer> lineOfId = new LinkedHashMap<>();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            String respondentId = value(row, id);
            if (respondentId.isEmpty() || respondentId.chars().anyMatch(Character::isISOControl)) {
                throw atLine(file, row, "emptyId", "the id is empty or has a line break");
            }
            Integer earlier = lineOfId.putIfAbsent(respondentId, row.line());
            if (earlier != null) {
                throw atLine(file, row, "duplicateId", "the id " + respondentId + " is also on line " + earlier, respondentId,
                        earlier);
            }
            Map<Category, Feature> features = new TreeMap<>();
            columns.forEach((category, column) -> {
                Feature feature = new Feature(category, value(row, column).isEmpty() ? "?" : value(row, column));
                if (value(row, column).isEmpty() || quotas.stream().noneMatch(quota -> quota.feature().equals(feature))) {
                    throw atLine(file, row, "unknownFeature", "'" + value(row, column) + "' in column '" + category.name()
                            + "' is not a feature of that category in the categories file", value(row, column),
                            category.name());
                }
                features.put(category, feature);
            });
            respondents.add(new Respondent(respondentId, features));
        }
        return respondents;
    }

    static void writePanel(Path file, List<String> ids) throws IOException {
        Files.writeString(file, panelText(ids), StandardCharsets.UTF_8);
    }

    static void writeProbabilities(Path file, Map<String, Double> probabilities) throws IOException {
        Files.writeString(file, probabilitiesText(probabilities), StandardCharsets.UTF_8);
    }

    static String panelText(List<String> ids) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of("id"));
        ids.forEach(id -> rows.add(List.of(id)));
        return CsvText.of(rows);
    }

    /** Probabilities to 6 decimals, with a dot whatever the machine's locale. */
    static String probabilitiesText(Map<String, Double> probabilities) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of("id", "probability"));
        probabilities.forEach((id, probability) -> rows.add(List.of(id,
                String.format(Locale.ROOT, "%.6f", probability))));
        return CsvText.of(rows);
    }

    static String categoriesText(List<Quota> quotas) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of("category", "feature", "min", "max"));
        quotas.forEach(quota -> rows.add(List.of(quota.category().name(), quota.feature().value(), quota.min(),
                quota.max())));
        return CsvText.of(rows);
    }

    /** {@code id} and one column per category, a row per respondent in the given order. */
    static String respondentsText(List<String> categories, Map<String, Map<String, String>> featuresById) {
        List<List<?>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("id");
        header.addAll(categories);
        rows.add(header);
        featuresById.forEach((id, features) -> {
            List<String> row = new ArrayList<>();
            row.add(id);
            categories.forEach(category -> row.add(features.getOrDefault(category, "")));
            rows.add(row);
        });
        return CsvText.of(rows);
    }

    private static Map<String, Integer> header(CsvReader.Row row) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < row.fields().size(); i++) {
            columns.putIfAbsent(row.fields().get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        return columns;
    }

    private static int column(Path file, Map<String, Integer> header, String name) {
        Integer index = header.get(name.strip().toLowerCase(Locale.ROOT));
        if (index == null) {
            throw new SortitionInputException("missingColumn", file + ": line 1: no column '" + name + "' in the header",
                    file.toString(), name);
        }
        return index;
    }

    private static String value(CsvReader.Row row, int column) {
        return column < row.fields().size() ? row.fields().get(column).strip() : "";
    }

    private static int number(Path file, CsvReader.Row row, Feature feature, String bound, String text) {
        try {
            int number = Integer.parseInt(text);
            if (number < 0) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException notANumber) {
            throw atLine(file, row, bound + "NotANumber", "the " + bound + " of " + feature + " is '" + text
                    + "', not a whole number of 0 or more", feature.category().name(), feature.value(), text);
        }
    }

    /** A problem on one line: the message starts with the file and the line, and so do the arguments. */
    private static SortitionInputException atLine(Path file, CsvReader.Row row, String problem, String detail,
            Object... details) {
        Object[] arguments = new Object[details.length + 2];
        arguments[0] = file.toString();
        arguments[1] = row.line();
        System.arraycopy(details, 0, arguments, 2, details.length);
        return new SortitionInputException(problem, file + ": line " + row.line() + ": " + detail, arguments);
    }
}
