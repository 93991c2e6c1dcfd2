/**
 * Moderation of every public text, whichever module holds it: residents report content with a reason, enough
 * reports hide it at once, moderators work one queue of every kind and hide or restore with a public reason, and
 * each decision goes to the audit trail. A module's texts plug in as {@link fr.sensiblecity.moderation.ModeratedContent}
 * beans, keyed by their {@link fr.sensiblecity.moderation.ContentKind}; this module knows none of them. Reports are
 * JPA entities (few, with rules); the content itself stays in, and is changed by, the module that owns it.
 */
@NullMarked
package fr.sensiblecity.moderation;

import org.jspecify.annotations.NullMarked;
