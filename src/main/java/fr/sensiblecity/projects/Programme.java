package fr.sensiblecity.projects;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A funding programme: its eligibility rules (population strictly below a number, rural zone, themes, a checklist
 * answered by a moderator) and, for civic crowdfunding, its global matching pot, crowd share and per-project cap.
 */
public record Programme(long id, String code, String nameFr, String nameEn, @Nullable Integer populationBelow,
        boolean requiresRural, List<Long> themeIds, List<Criterion> criteria, BigDecimal matchingPot,
        BigDecimal crowdShare, BigDecimal projectCap, List<Criterion> retiredCriteria) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }

    /** The item with this id, current or retired, as a recorded check names it. */
    public Optional<Criterion> criterion(@Nullable Long criterionId) {
        return Stream.concat(criteria.stream(), retiredCriteria.stream())
                .filter(criterion -> Objects.equals(criterion.id(), criterionId)).findFirst();
    }

    /** A qualitative criterion, answered yes or no. */
    public record Criterion(long id, String textFr, String textEn) {

        public String text(Locale locale) {
            return "en".equals(locale.getLanguage()) ? textEn : textFr;
        }
    }
}
