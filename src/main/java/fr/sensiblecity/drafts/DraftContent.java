package fr.sensiblecity.drafts;

import fr.sensiblecity.moderation.ContentKind;
import java.util.Locale;

/** The drafts' texts anyone may report: comments of the public consultation and of amendments' discussions. */
public enum DraftContent implements ContentKind {
    CONSULTATION_COMMENT,
    AMENDMENT_COMMENT;

    @Override
    public String key() {
        return name();
    }

    @Override
    public String labelKey() {
        return "moderation.type." + name().toLowerCase(Locale.ROOT);
    }
}
