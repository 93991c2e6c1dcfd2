package fr.sensiblecity.panels;

import java.util.Locale;

/** Who a piece of evidence comes from. */
public enum EvidenceSource {
    FACILITATION,
    EXPERT,
    STAKEHOLDER;

    public String labelKey() {
        return "panel.evidence.source." + name().toLowerCase(Locale.ROOT);
    }
}
