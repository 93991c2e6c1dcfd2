package fr.sensiblecity.projects;

/** What a label is awarded to. */
public enum LabelTarget {
    TERRITORY,
    PROJECT
}
