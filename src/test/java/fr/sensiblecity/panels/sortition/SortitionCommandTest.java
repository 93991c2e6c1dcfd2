package fr.sensiblecity.panels.sortition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SortitionCommandTest {

    private static final String CATEGORIES = """
            category,feature,min,max
            gender,female,2,3
            gender,male,2,3
            age,16-39,1,3
            age,40+,1,3
            """;

    @TempDir
    Path dir;

    /** 12 respondents, written as a spreadsheet does: byte-order mark, CRLF, a quoted name with a comma. */
    private Path respondents() throws IOException {
        StringBuilder text = new StringBuilder("\uFEFFid,name,gender,age\r\n");
        for (int i = 1; i <= 12; i++) {
            text.append("r").append(i).append(",\"Dupont, ").append(i).append("\",")
                    .append(i % 3 == 0 ? "male" : "female").append(',').append(i % 4 == 0 ? "40+" : "16-39").append("\r\n");
        }
        return write("respondents.csv", text.toString());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private SortitionCommand.Outcome run(Path categories, Path respondents, String panelSize) {
        return SortitionCommand.execute(List.of("--categories", categories.toString(), "--respondents",
                respondents.toString(), "--panel-size", panelSize, "--seed", "Loto 2026-11-23", "--out",
                dir.resolve("out").toString()));
    }

    @Test
    void writes_the_panel_and_every_probability_and_exits_zero() throws IOException {
        SortitionCommand.Outcome outcome = run(write("categories.csv", CATEGORIES), respondents(), "5");

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.message()).doesNotContain("\n").contains("Drew 5 of 12", "SHA-256");
        List<String> panel = Files.readAllLines(dir.resolve("out/panel.csv"));
        assertThat(panel.getFirst()).isEqualTo("id");
        assertThat(panel.subList(1, panel.size())).hasSize(5).doesNotHaveDuplicates();
        List<String> probabilities = Files.readAllLines(dir.resolve("out/probabilities.csv"));
        assertThat(probabilities.getFirst()).isEqualTo("id,probability");
        assertThat(probabilities).hasSize(13);
        double sum = probabilities.subList(1, 13).stream().mapToDouble(line -> Double.parseDouble(line.split(",")[1])).sum();
        assertThat(sum).isCloseTo(5, within(1e-4));
        assertThat(Files.readString(dir.resolve("out/tickets.txt"))).startsWith(Lottery.FORMAT);
        long women = panel.stream().filter(id -> id.startsWith("r") && Integer.parseInt(id.substring(1)) % 3 != 0).count();
        assertThat(women).isBetween(2L, 3L);
    }

    @Test
    void maximin_alone_can_be_asked_for_and_a_wrong_fairness_is_a_usage_error() throws IOException {
        Path categories = write("categories.csv", CATEGORIES);
        Path respondents = respondents();
        List<String> args = new ArrayList<>(List.of("--categories", categories.toString(), "--respondents",
                respondents.toString(), "--panel-size", "5", "--seed", "s", "--out", dir.resolve("out").toString()));

        args.addAll(List.of("--fairness", "maximin"));
        assertThat(SortitionCommand.execute(args).exitCode()).isZero();
        args.set(args.size() - 1, "fairest");
        assertOneLineFailure(SortitionCommand.execute(args), 2, "--fairness is leximin or maximin");
    }

    @Test
    void the_same_files_and_seed_give_the_same_panel() throws IOException {
        Path categories = write("categories.csv", CATEGORIES);
        Path respondents = respondents();
        run(categories, respondents, "5");
        String first = Files.readString(dir.resolve("out/panel.csv"));

        run(categories, respondents, "5");

        assertThat(Files.readString(dir.resolve("out/panel.csv"))).isEqualTo(first);
    }

    @Test
    void a_missing_file_is_named() throws IOException {
        SortitionCommand.Outcome outcome = run(dir.resolve("nowhere.csv"), respondents(), "5");

        assertOneLineFailure(outcome, 1, "nowhere.csv: no such file");
    }

    @Test
    void a_missing_column_is_named() throws IOException {
        Path respondents = write("respondents.csv", "id,gender\nr1,female\n");

        SortitionCommand.Outcome outcome = run(write("categories.csv", CATEGORIES), respondents, "5");

        assertOneLineFailure(outcome, 1, "respondents.csv: line 1: no column 'age' in the header");
    }

    @Test
    void a_feature_that_is_not_in_the_categories_is_named_with_its_line() throws IOException {
        Path respondents = write("respondents.csv", "id,gender,age\nr1,female,16-39\nr2,female,90-99\n");

        SortitionCommand.Outcome outcome = run(write("categories.csv", CATEGORIES), respondents, "1");

        assertOneLineFailure(outcome, 1, "respondents.csv: line 3: '90-99' in column 'age' is not a feature");
    }

    @Test
    void a_quota_that_is_not_a_number_is_named_with_its_line() throws IOException {
        Path categories = write("categories.csv", CATEGORIES.replace("age,40+,1,3", "age,40+,one,3"));

        SortitionCommand.Outcome outcome = run(categories, respondents(), "5");

        assertOneLineFailure(outcome, 1, "categories.csv: line 5: the min of age=40+ is 'one', not a whole number");
    }

    @Test
    void infeasible_quotas_name_the_quotas_to_relax() throws IOException {
        Path categories = write("categories.csv", CATEGORIES.replace("gender,male,2,3", "gender,male,5,6"));

        SortitionCommand.Outcome outcome = run(categories, respondents(), "5");

        // 4 men in the pool and at least 2 women: the men's minimum must drop to 3.
        assertOneLineFailure(outcome, 1, "categories.csv: No panel of 5 meets every quota");
        assertThat(outcome.message()).contains("gender=male min 5 -> 3");
    }

    @Test
    void missing_or_unknown_arguments_print_the_usage() {
        assertOneLineFailure(SortitionCommand.execute(List.of("--categories", "c.csv")), 2, "missing --respondents");
        assertOneLineFailure(SortitionCommand.execute(List.of("--colour", "blue")), 2, "unknown argument --colour");
        assertOneLineFailure(SortitionCommand.execute(List.of("--categories", "c", "--respondents", "r",
                "--panel-size", "ten", "--seed", "s", "--out", "o")), 2, "--panel-size and --tickets take whole numbers");
    }

    @Test
    void the_printing_entry_point_returns_the_exit_code_and_prints_one_line() throws IOException {
        var err = new java.io.ByteArrayOutputStream();
        String[] args = new ArrayList<>(List.of("--categories", dir.resolve("none.csv").toString(), "--respondents",
                respondents().toString(), "--panel-size", "5", "--seed", "s", "--out", dir.toString())).toArray(String[]::new);

        int code = SortitionCommand.run(args, System.out, new java.io.PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).endsWith("none.csv: no such file" + System.lineSeparator());
    }

    private static void assertOneLineFailure(SortitionCommand.Outcome outcome, int exitCode, String contained) {
        assertThat(outcome.exitCode()).isEqualTo(exitCode);
        assertThat(outcome.message()).doesNotContain("\n").contains(contained);
    }
}
