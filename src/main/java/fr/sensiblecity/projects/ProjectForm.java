package fr.sensiblecity.projects;

import fr.sensiblecity.base.Amounts;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.FreeText;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What staff write about a project: its title and summary, holder, partners, territory, themes and budget. */
public record ProjectForm(String title, String summary, long territoryId, @Nullable HolderType holderType,
        String holderName, String partners, List<Long> themeIds, @Nullable BigDecimal budget) {

    static final int TITLE_MIN = 5;
    static final int TITLE_MAX = 120;
    static final int SUMMARY_MIN = 20;
    static final int SUMMARY_MAX = 5000;
    static final int HOLDER_MAX = 120;
    static final int PARTNERS_MAX = 1000;
    static final int THEMES_MAX = 5;

    public ProjectForm {
        themeIds = themeIds == null ? List.of() : List.copyOf(themeIds);
    }

    /** Trimmed and checked; the budget may be zero while it is being worked out. */
    ProjectForm validated(BigDecimal largestAmount) {
        String cleanTitle = oneLine(title);
        if (!FreeText.fits(cleanTitle, TITLE_MIN, TITLE_MAX)) {
            throw new DomainException("project.error.title", TITLE_MIN, TITLE_MAX);
        }
        String cleanSummary = FreeText.multiLine(summary);
        if (!FreeText.fits(cleanSummary, SUMMARY_MIN, SUMMARY_MAX)) {
            throw new DomainException("project.error.summary", SUMMARY_MIN, SUMMARY_MAX);
        }
        String holder = oneLine(holderName);
        if (holderType == null || !FreeText.fits(holder, 2, HOLDER_MAX)) {
            throw new DomainException("project.error.holder", HOLDER_MAX);
        }
        String cleanPartners = FreeText.multiLine(partners);
        if (!FreeText.fits(cleanPartners, 0, PARTNERS_MAX)) {
            throw new DomainException("project.error.partners", PARTNERS_MAX);
        }
        List<Long> themes = themeIds.stream().distinct().toList();
        if (themes.isEmpty() || themes.size() > THEMES_MAX) {
            throw new DomainException("project.error.themes", THEMES_MAX);
        }
        BigDecimal cleanBudget = budget == null || budget.signum() == 0 ? BigDecimal.ZERO.setScale(2)
                : Amounts.positive(budget, largestAmount);
        return new ProjectForm(cleanTitle, cleanSummary, territoryId, holderType, holder, cleanPartners, themes,
                cleanBudget);
    }

    private static String oneLine(@Nullable String text) {
        return FreeText.singleLine(text);
    }
}
