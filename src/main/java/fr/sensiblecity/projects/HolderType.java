package fr.sensiblecity.projects;

import java.util.Locale;

/** Who carries a project. */
public enum HolderType {
    COMMUNE,
    ASSOCIATION,
    COMPANY;

    public String labelKey() {
        return "project.holder." + name().toLowerCase(Locale.ROOT);
    }
}
