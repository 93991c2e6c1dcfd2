package fr.sensiblecity.panels;

import fr.sensiblecity.panels.sortition.Composition;
import fr.sensiblecity.panels.sortition.Fairness;
import fr.sensiblecity.panels.sortition.Feature;
import fr.sensiblecity.panels.sortition.Lottery;
import fr.sensiblecity.panels.sortition.PanelDistribution;
import fr.sensiblecity.panels.sortition.Pool;
import fr.sensiblecity.panels.sortition.Profile;
import fr.sensiblecity.panels.sortition.Quota;
import fr.sensiblecity.panels.sortition.Respondent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rebuilds a lottery from nothing but its published ticket list, so that the draw (and its check) runs on exactly
 * what everyone could read beforehand: profiles, members and tickets. Probabilities follow from the tickets.
 */
final class PublishedLottery {

    private PublishedLottery() {
    }

    /** @throws IllegalArgumentException when the text is not a ticket list */
    static Lottery parse(String canonicalText) {
        String[] lines = canonicalText.split("\n");
        int at = 1;
        int panelSize = Integer.parseInt(field(lines[at++], "panel-size"));
        int profileCount = Integer.parseInt(field(lines[at++], "profiles"));
        List<List<Feature>> features = new ArrayList<>();
        List<List<String>> members = new ArrayList<>();
        while (at < lines.length && !lines[at].startsWith("tickets ")) {
            String[] words = lines[at++].split(" ", 3);
            if (words[0].equals("profile")) {
                features.add(Arrays.stream(words[2].split(";")).map(pair -> pair.split("=", 2))
                        .map(pair -> Feature.of(pair[0], pair[1])).toList());
                members.add(new ArrayList<>());
            } else if (words[0].equals("member")) {
                members.get(Integer.parseInt(words[1])).add(words[2]);
            } else {
                throw new IllegalArgumentException("Unexpected line " + at);
            }
        }
        if (features.size() != profileCount) {
            throw new IllegalArgumentException("Expected " + profileCount + " profiles");
        }
        int ticketCount = Integer.parseInt(field(lines[at++], "tickets"));
        List<Composition> tickets = new ArrayList<>();
        for (int t = 0; t < ticketCount; t++) {
            String[] words = lines[at++].split(" ");
            tickets.add(new Composition(Arrays.stream(words, 2, words.length).map(Integer::valueOf).toList()));
        }
        List<Profile> profiles = new ArrayList<>();
        List<Respondent> respondents = new ArrayList<>();
        Set<Feature> allFeatures = new LinkedHashSet<>();
        for (int p = 0; p < profileCount; p++) {
            profiles.add(new Profile(features.get(p), members.get(p)));
            allFeatures.addAll(features.get(p));
            Map<fr.sensiblecity.panels.sortition.Category, Feature> byCategory = new TreeMap<>();
            features.get(p).forEach(feature -> byCategory.put(feature.category(), feature));
            members.get(p).forEach(id -> respondents.add(new Respondent(id, byCategory)));
        }
        // The quotas do not take part in a draw; the pool only needs one for every feature it names.
        List<Quota> quotas = allFeatures.stream().map(feature -> new Quota(feature, 0, panelSize)).toList();
        List<Double> probabilities = new ArrayList<>();
        for (int p = 0; p < profileCount; p++) {
            int profile = p;
            double seats = tickets.stream().mapToInt(ticket -> ticket.count(profile)).sum();
            probabilities.add(seats / ticketCount / members.get(p).size());
        }
        PanelDistribution distribution = new PanelDistribution(new Pool(quotas, respondents), panelSize,
                Fairness.MAXIMIN, profiles, List.of(), List.of(), probabilities,
                new PanelDistribution.Effort(0, 0, 0, true));
        return new Lottery(distribution, tickets, probabilities, 0);
    }

    private static String field(String line, String name) {
        if (!line.startsWith(name + " ")) {
            throw new IllegalArgumentException("Expected " + name);
        }
        return line.substring(name.length() + 1);
    }
}
