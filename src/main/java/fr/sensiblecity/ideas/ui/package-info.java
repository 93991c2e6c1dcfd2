/** The pages of ideas: the list, an idea's page with its live support count, and the form to write one. */
@NullMarked
package fr.sensiblecity.ideas.ui;

import org.jspecify.annotations.NullMarked;
