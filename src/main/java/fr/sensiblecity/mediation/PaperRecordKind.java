package fr.sensiblecity.mediation;

import java.util.Locale;

/** What a paper form carried: the support of an idea, a panel volunteering, or a consultation comment. */
public enum PaperRecordKind {
    SUPPORT,
    VOLUNTEER,
    COMMENT;

    public String labelKey() {
        return "paper.kind." + name().toLowerCase(Locale.ROOT);
    }
}
