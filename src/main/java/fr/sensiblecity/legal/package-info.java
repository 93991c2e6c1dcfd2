/**
 * The pages a French public body must publish: accessibility statement (RGAA 4.1), legal notice (mentions
 * légales) and privacy policy, public and linked from every page's footer. What only the operator knows
 * (publisher, director of publication, host, contacts, conformity status) comes from {@code sensible.legal.*}.
 */
@NullMarked
package fr.sensiblecity.legal;

import org.jspecify.annotations.NullMarked;
