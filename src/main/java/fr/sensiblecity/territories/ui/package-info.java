/** Administrators' pages for territories, districts and themes. */
@NullMarked
package fr.sensiblecity.territories.ui;

import org.jspecify.annotations.NullMarked;
