package fr.sensiblecity.panels;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.FreeText;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a facilitator writes when creating or editing a panel; {@link #validated()} refuses bad input with a reason. */
public record PanelForm(String question, String authority, long territoryId, int size, int reserves,
        @Nullable LocalDate recruitmentOpens, @Nullable LocalDate recruitmentCloses, List<QuotaLine> quotas,
        List<SessionLine> sessions) {

    static final int QUESTION_MIN = 10;
    static final int QUESTION_MAX = 500;
    static final int NAME_MAX = 60;
    static final int SIZE_MAX = 1000;
    static final int SESSIONS_MAX = 100;

    public PanelForm {
        question = question == null ? "" : question;
        authority = authority == null ? "" : authority;
        quotas = quotas == null ? List.of() : List.copyOf(quotas);
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }

    /** Cleaned ({@link FreeText}) and checked; refuses with a reason. */
    public PanelForm validated() {
        String question = FreeText.multiLine(this.question);
        String authority = FreeText.singleLine(this.authority);
        if (!FreeText.fits(question, QUESTION_MIN, QUESTION_MAX)) {
            throw new DomainException("panel.error.question", QUESTION_MIN, QUESTION_MAX);
        }
        if (!FreeText.fits(authority, 1, 200)) {
            throw new DomainException("panel.error.authority");
        }
        if (size < 1 || size > SIZE_MAX) {
            throw new DomainException("panel.error.size", SIZE_MAX);
        }
        if (reserves < 0 || reserves > size) {
            throw new DomainException("panel.error.reserves");
        }
        if (recruitmentOpens != null && recruitmentCloses != null && recruitmentCloses.isBefore(recruitmentOpens)) {
            throw new DomainException("panel.error.window");
        }
        checkQuotas();
        if (sessions.size() > SESSIONS_MAX) {
            throw new DomainException("panel.error.sessionCount", SESSIONS_MAX);
        }
        List<SessionLine> schedule = sessions.stream().map(PanelForm::validSession).toList();
        return new PanelForm(question, authority, territoryId, size, reserves, recruitmentOpens, recruitmentCloses,
                quotas, schedule);
    }

    /** A session with a date, a place of 1 to 200 characters and a topic of at most 200, cleaned as free text. */
    static SessionLine validSession(@Nullable SessionLine session) {
        if (session == null || session.startsAt() == null || session.place() == null || session.topic() == null) {
            throw new DomainException("panel.error.session");
        }
        SessionLine clean = new SessionLine(session.startsAt(), FreeText.singleLine(session.place()),
                FreeText.singleLine(session.topic()), session.cancelled());
        if (!FreeText.fits(clean.place(), 1, 200) || !FreeText.fits(clean.topic(), 0, 200)) {
            throw new DomainException("panel.error.session");
        }
        return clean;
    }

    /** The categories in the order they first appear, each with its features in order. */
    public Map<String, List<String>> categories() {
        Map<String, List<String>> categories = new LinkedHashMap<>();
        quotas.forEach(line -> categories.computeIfAbsent(line.category(), name -> new java.util.ArrayList<>())
                .add(line.feature()));
        return categories;
    }

    private void checkQuotas() {
        if (quotas.isEmpty()) {
            throw new DomainException("panel.error.noCategory");
        }
        Set<String> seen = new HashSet<>();
        Map<String, int[]> sums = new HashMap<>();
        for (QuotaLine line : quotas) {
            if (!isName(line.category()) || !isName(line.feature())) {
                throw new DomainException("panel.error.name", NAME_MAX);
            }
            if (!seen.add(line.category() + "\n" + line.feature())) {
                throw new DomainException("panel.error.duplicateFeature", line.category(), line.feature());
            }
            if (line.min() < 0 || line.max() < line.min() || line.max() > size) {
                throw new DomainException("panel.error.quota", line.category(), line.feature());
            }
            int[] sum = sums.computeIfAbsent(line.category(), name -> new int[2]);
            sum[0] += line.min();
            sum[1] += line.max();
        }
        sums.forEach((category, sum) -> {
            if (sum[0] > size || sum[1] < size) {
                throw new DomainException("panel.error.quotaSum", category, size);
            }
        });
    }

    /**
     * Names appear in the published ticket list as {@code category=feature;...}, so they may not hold those
     * separators, line breaks, or edge spaces.
     */
    static boolean isName(@Nullable String name) {
        return name != null && !name.isBlank() && FreeText.fits(name, 1, NAME_MAX) && isClean(name)
                && name.chars().noneMatch(c -> c == ';' || c == '=' || c == ',' || Character.isISOControl(c));
    }

    /** Already as {@link FreeText} makes it: composed, without invisible or bidirectional controls, one line. */
    private static boolean isClean(String name) {
        try {
            return FreeText.singleLine(name).equals(name);
        } catch (DomainException broken) {
            return false;
        }
    }
}
