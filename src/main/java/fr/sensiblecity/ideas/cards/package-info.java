/**
 * The idea card that every list of ideas shows (the ideas list, the home page): a Vaadin component other modules
 * may place on their pages, so that an idea looks the same wherever it appears.
 */
@NullMarked
@NamedInterface("cards")
package fr.sensiblecity.ideas.cards;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
