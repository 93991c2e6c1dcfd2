package fr.sensiblecity.panels.sortition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The practitioners' files as written read back unchanged, whatever the names hold, and safe in a spreadsheet. */
class PractitionerFilesRoundTripTest {

    private static final List<Quota> QUOTAS = List.of(
            Quota.of("genre \"déclaré\"", "femme, ou autre", 1, 2),
            Quota.of("genre \"déclaré\"", "homme\nou garçon", 1, 2),
            Quota.of("âge", "@SUM(A1:A9)", 0, 2),
            Quota.of("âge", "+65 ans", 0, 2),
            Quota.of("âge", "-25 ans", 0, 2),
            Quota.of("âge", "'=déjà défusé", 0, 2));

    @Test
    void categories_with_quotes_commas_newlines_and_formula_starts_come_back_unchanged() {
        String written = PractitionerFiles.categoriesText(QUOTAS);

        assertThat(PractitionerFiles.categories("categories.csv", written)).isEqualTo(QUOTAS);
    }

    @Test
    void respondents_come_back_with_the_same_ids_and_features() {
        Map<String, Map<String, String>> pool = new LinkedHashMap<>();
        pool.put("r1, \"la première\"", Map.of("genre \"déclaré\"", "femme, ou autre", "âge", "@SUM(A1:A9)"));
        pool.put("=HYPERLINK(\"x\")", Map.of("genre \"déclaré\"", "homme\nou garçon", "âge", "+65 ans"));
        pool.put("r3", Map.of("genre \"déclaré\"", "femme, ou autre", "âge", "'=déjà défusé"));
        String written = PractitionerFiles.respondentsText(List.of("genre \"déclaré\"", "âge"), pool);

        List<Respondent> read = PractitionerFiles.respondents("respondents.csv", written, QUOTAS);

        assertThat(read).extracting(Respondent::id).containsExactlyElementsOf(pool.keySet());
        assertThat(read).allSatisfy(respondent -> respondent.features().forEach((category, feature) ->
                assertThat(pool.get(respondent.id()).get(category.name())).isEqualTo(feature.value())));
    }

    @Test
    void written_cells_are_quoted_when_needed_and_formulas_defused() {
        String written = PractitionerFiles.respondentsText(List.of("âge"), Map.of("=1+1", Map.of("âge", "@SUM(A1)")));

        assertThat(written).isEqualTo("id,âge\n'=1+1,'@SUM(A1)\n");
        assertThat(PractitionerFiles.categoriesText(QUOTAS.subList(0, 2))).isEqualTo("category,feature,min,max\n"
                + "\"genre \"\"déclaré\"\"\",\"femme, ou autre\",1,2\n"
                + "\"genre \"\"déclaré\"\"\",\"homme\nou garçon\",1,2\n");
    }

    @Test
    void probabilities_are_written_to_six_decimals_and_read_back() {
        Map<String, Double> probabilities = new LinkedHashMap<>();
        probabilities.put("12", 0.5);
        probabilities.put("7", 1.0 / 3);
        String written = PractitionerFiles.probabilitiesText(probabilities);

        assertThat(written).isEqualTo("id,probability\n12,0.500000\n7,0.333333\n");
        assertThat(PractitionerFiles.probabilities(written)).containsExactly(Map.entry("12", 0.5),
                Map.entry("7", 0.333333));
    }
}
