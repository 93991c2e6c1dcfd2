/**
 * The pages of panels: the public list and panel page (with volunteering and seat offers), the published draw
 * and its check, and the facilitators' pages to write a panel and run its pool, draw and evidence.
 */
@NullMarked
package fr.sensiblecity.panels.ui;

import org.jspecify.annotations.NullMarked;
