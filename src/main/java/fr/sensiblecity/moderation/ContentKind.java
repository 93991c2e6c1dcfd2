package fr.sensiblecity.moderation;

/**
 * A kind of public text that can be reported and moderated, as each module names its own (an enum constant). Its
 * key is what reports store and what the audit trail records as the target type ({@code audit.target.KEY}).
 */
public interface ContentKind {

    /** Stable and unique among all modules: stored in reports and in the audit trail. At most 30 characters. */
    String key();

    /** The name a page shows for this kind of content. */
    String labelKey();
}
