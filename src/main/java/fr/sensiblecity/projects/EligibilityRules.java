package fr.sensiblecity.projects;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.projects.EligibilityResult.Reason;
import fr.sensiblecity.projects.EligibilityResult.Rule;
import fr.sensiblecity.territories.TerritorySummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Checks a project and its territory against a programme's rules; every rule gives a reason, passed or not. */
final class EligibilityRules {

    private EligibilityRules() {
    }

    /** Refuses a checklist that leaves a criterion unanswered: "not answered" is not "no". */
    static List<Reason> evaluate(Programme programme, TerritorySummary territory, List<Long> projectThemes,
            Map<Long, Boolean> answers) {
        List<Reason> reasons = new ArrayList<>();
        if (programme.populationBelow() != null) {
            reasons.add(new Reason(Rule.POPULATION, territory.population() < programme.populationBelow(),
                    Integer.toString(territory.population()), programme.populationBelow().toString(), null));
        }
        if (programme.requiresRural()) {
            reasons.add(new Reason(Rule.RURAL, territory.rural(), Boolean.toString(territory.rural()), "true", null));
        }
        if (!programme.themeIds().isEmpty()) {
            reasons.add(new Reason(Rule.THEMES, projectThemes.stream().anyMatch(programme.themeIds()::contains),
                    ids(projectThemes), ids(programme.themeIds()), null));
        }
        for (Programme.Criterion criterion : programme.criteria()) {
            Boolean answer = answers.get(criterion.id());
            if (answer == null) {
                throw new DomainException("eligibility.error.unanswered");
            }
            reasons.add(new Reason(Rule.CRITERION, answer, answer.toString(), "true", criterion.id()));
        }
        return reasons;
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
