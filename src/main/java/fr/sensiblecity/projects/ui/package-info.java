/** The project list and page, the campaign page, and the staff pages for promoting, funding and labels. */
@NullMarked
package fr.sensiblecity.projects.ui;

import org.jspecify.annotations.NullMarked;
