package fr.sensiblecity.projects;

/** A label such as "Territoire French Impact", awarded to territories and projects. */
public record Label(long id, String name, String details) {

    /** A label held by a territory or a project. */
    public record Award(long labelId, String labelName, LabelTarget targetType, long targetId) {
    }
}
