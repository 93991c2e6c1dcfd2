package fr.sensiblecity.panels.sortition;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The fair draw without the web app, for practitioners who work from spreadsheets:
 * {@code java -jar sensible-city.jar sortition --categories FILE --respondents FILE --panel-size K --seed S --out DIR
 * [--tickets M] [--fairness leximin|maximin]} writes {@code DIR/panel.csv}, {@code DIR/probabilities.csv} (each respondent's probability under
 * the lottery) and {@code DIR/tickets.txt} (the ticket list whose SHA-256 it prints), then exits 0. Bad input exits
 * 1 and bad arguments exit 2, each with a one-line message.
 */
public final class SortitionCommand {

    public static final String NAME = "sortition";
    static final int OK = 0;
    static final int BAD_INPUT = 1;
    static final int USAGE = 2;
    static final String USAGE_LINE = "usage: sortition --categories FILE --respondents FILE --panel-size K --seed S"
            + " --out DIR [--tickets M] [--fairness leximin|maximin]";
    private static final Set<String> OPTIONS =
            Set.of("--categories", "--respondents", "--panel-size", "--seed", "--out", "--tickets", "--fairness");

    /** What the command ends with: the exit code and the one line to print. */
    public record Outcome(int exitCode, String message) {
    }

    private SortitionCommand() {
    }

    /** Runs the command and prints its line (to standard error when it failed); returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Outcome outcome = execute(List.of(args));
        (outcome.exitCode() == OK ? out : err).println(outcome.message());
        return outcome.exitCode();
    }

    /** The whole command, without printing or exiting, so that tests can call it. Never throws. */
    public static Outcome execute(List<String> args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String option = args.get(i);
            if (!OPTIONS.contains(option) || i + 1 >= args.size()) {
                return new Outcome(USAGE, (OPTIONS.contains(option) ? option + " needs a value; " : "unknown argument "
                        + option + "; ") + USAGE_LINE);
            }
            options.put(option, args.get(i + 1));
        }
        for (String required : List.of("--categories", "--respondents", "--panel-size", "--seed", "--out")) {
            if (!options.containsKey(required)) {
                return new Outcome(USAGE, "missing " + required + "; " + USAGE_LINE);
            }
        }
        int panelSize;
        int tickets;
        try {
            panelSize = Integer.parseInt(options.get("--panel-size"));
            tickets = Integer.parseInt(options.getOrDefault("--tickets", String.valueOf(Sortition.DEFAULT_TICKETS)));
        } catch (NumberFormatException notANumber) {
            return new Outcome(USAGE, "--panel-size and --tickets take whole numbers; " + USAGE_LINE);
        }
        if (panelSize < 1 || tickets < 1) {
            return new Outcome(USAGE, "--panel-size and --tickets must be at least 1; " + USAGE_LINE);
        }
        String fairnessName = options.getOrDefault("--fairness", "leximin").toUpperCase(Locale.ROOT);
        if (!Set.of("LEXIMIN", "MAXIMIN").contains(fairnessName)) {
            return new Outcome(USAGE, "--fairness is leximin or maximin; " + USAGE_LINE);
        }
        try {
            return draw(options, panelSize, tickets, Fairness.valueOf(fairnessName));
        } catch (SortitionInputException | InfeasibleQuotasException | IllegalArgumentException badInput) {
            return new Outcome(BAD_INPUT, badInput.getMessage());
        } catch (IOException | RuntimeException failure) {
            return new Outcome(BAD_INPUT, "the draw failed: " + failure);
        }
    }

    private static Outcome draw(Map<String, String> options, int panelSize, int tickets, Fairness fairness)
            throws IOException {
        Path categoriesFile = Path.of(options.get("--categories"));
        List<Quota> quotas = PractitionerCsv.readCategories(categoriesFile);
        List<Respondent> respondents = PractitionerCsv.readRespondents(Path.of(options.get("--respondents")), quotas);
        Pool pool = new Pool(quotas, respondents);
        Relaxation relaxation = Sortition.relaxation(pool, panelSize);
        if (relaxation.isNeeded()) {
            return new Outcome(BAD_INPUT, categoriesFile + ": " + relaxation.message());
        }
        PanelDistribution distribution = Sortition.fairDistribution(pool, panelSize, fairness);
        Lottery lottery = Sortition.lottery(distribution, tickets);
        DrawResult result = Sortition.draw(lottery, options.get("--seed"));
        Path out = Path.of(options.get("--out"));
        Files.createDirectories(out);
        PractitionerCsv.writePanel(out.resolve("panel.csv"), result.selectedIds());
        PractitionerCsv.writeProbabilities(out.resolve("probabilities.csv"), lottery.probabilities());
        Files.writeString(out.resolve("tickets.txt"), lottery.canonicalText());
        return new Outcome(OK, String.format(Locale.ROOT, "Drew %d of %d respondents: ticket %d of %d, lowest"
                + " probability %.6f, tickets SHA-256 %s; wrote panel.csv, probabilities.csv and tickets.txt to %s%s",
                panelSize, pool.size(), result.ticketIndex(), tickets, lottery.minimumProbability(), lottery.sha256(),
                out, distribution.effort().complete() ? "" : " (LEXIMIN stopped after " + distribution.effort().stages()
                        + " stages on numerical trouble; the MAXIMIN optimum is kept)"));
    }
}
