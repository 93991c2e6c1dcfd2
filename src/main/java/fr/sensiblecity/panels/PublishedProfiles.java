package fr.sensiblecity.panels;

import fr.sensiblecity.panels.sortition.Category;
import fr.sensiblecity.panels.sortition.Feature;
import fr.sensiblecity.panels.sortition.Profile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The profiles of a lottery as its public ticket list names them. A profile shared by fewer than k volunteers
 * would point at a person in a small commune (the only man over 75 of a hamlet who volunteered), so its features
 * are replaced by {@value #HIDDEN}, one category at a time (the most varied category first, as it tells most about
 * a person), until at least k volunteers share the published label; with every category hidden a label says
 * nothing about anyone. The draw needs only each profile's pool numbers and the tickets, so it still checks out
 * whole from the published list; what a reader can no longer check from the list alone is each quota on the
 * hidden features. Written here because the usual anonymisation libraries work on tables of people, not on the
 * profiles of a lottery whose order and members must stay exactly as drawn.
 */
final class PublishedProfiles {

    static final String HIDDEN = "*";

    private PublishedProfiles() {
    }

    /** One label per profile, in the profiles' order. */
    static List<String> labels(List<Profile> profiles, int minimumShared) {
        List<Category> hidingOrder = hidingOrder(profiles);
        int[] hidden = new int[profiles.size()];
        while (true) {
            List<String> labels = new ArrayList<>();
            Map<String, Integer> sharing = new HashMap<>();
            for (int p = 0; p < profiles.size(); p++) {
                String label = label(profiles.get(p), new HashSet<>(hidingOrder.subList(0, hidden[p])));
                labels.add(label);
                sharing.merge(label, profiles.get(p).size(), Integer::sum);
            }
            boolean changed = false;
            for (int p = 0; p < profiles.size(); p++) {
                if (sharing.get(labels.get(p)) < minimumShared && hidden[p] < hidingOrder.size()) {
                    hidden[p]++;
                    changed = true;
                }
            }
            if (!changed) {
                return labels;
            }
        }
    }

    /** How many of the labels hide at least one feature. */
    static long hiddenCount(List<String> labels) {
        return labels.stream().filter(label -> label.contains("=" + HIDDEN)).count();
    }

    private static List<Category> hidingOrder(List<Profile> profiles) {
        Map<Category, Set<String>> values = new HashMap<>();
        profiles.forEach(profile -> profile.features().forEach(feature ->
                values.computeIfAbsent(feature.category(), ignored -> new TreeSet<>()).add(feature.value())));
        return values.keySet().stream().sorted(Comparator.comparingInt((Category category) -> -values.get(category).size())
                .thenComparing(Comparator.naturalOrder())).toList();
    }

    private static String label(Profile profile, Set<Category> hidden) {
        return profile.features().stream().map(feature -> hidden.contains(feature.category())
                ? new Feature(feature.category(), HIDDEN).toString() : feature.toString())
                .collect(Collectors.joining(";"));
    }
}
