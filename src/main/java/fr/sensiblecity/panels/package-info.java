/**
 * Representative panels (Gdansk-style citizens' assemblies): volunteers declare their categories, and a fair,
 * verifiable stratified lottery draws a panel that meets every quota while giving every volunteer as equal a
 * chance as the quotas allow. For now the module holds only its algorithmic core, {@code sortition}; the panel's
 * lifecycle, its entities and its pages will build on that sub-package's public records.
 */
@NullMarked
package fr.sensiblecity.panels;

import org.jspecify.annotations.NullMarked;
