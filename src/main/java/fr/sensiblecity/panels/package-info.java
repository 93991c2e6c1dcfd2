/**
 * Representative panels (Gdansk-style citizens' assemblies): facilitators create a panel with its question,
 * quotas and schedule and move it through its phases; residents volunteer by declaring the panel's categories;
 * a fair, verifiable stratified lottery ({@code sortition}) draws the panel, whose published data anyone can
 * check; drawn residents accept or decline their seat, and members learn from an evidence library. Other modules
 * see panels only through {@link fr.sensiblecity.panels.PanelRoster} and refer to them by id, never by a foreign key.
 */
@NullMarked
package fr.sensiblecity.panels;

import org.jspecify.annotations.NullMarked;
