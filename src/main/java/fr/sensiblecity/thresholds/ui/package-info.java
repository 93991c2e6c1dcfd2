/** The administrators' thresholds page. */
@NullMarked
package fr.sensiblecity.thresholds.ui;

import org.jspecify.annotations.NullMarked;
