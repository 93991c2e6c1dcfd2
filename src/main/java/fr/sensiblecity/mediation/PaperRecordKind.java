package fr.sensiblecity.mediation;

/** What a paper form carried. Panel volunteering and consultation comments on paper are still to come. */
enum PaperRecordKind {
    SUPPORT
}
