package fr.sensiblecity.projects;

/** What a label is awarded to. */
public enum LabelTarget {
    TERRITORY,
    PROJECT;

    /** The name a page shows for this kind of target. */
    public String labelKey() {
        return "labels.target." + name();
    }
}
