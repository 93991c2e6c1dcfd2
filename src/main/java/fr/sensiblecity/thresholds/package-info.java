/**
 * Thresholds staff change without a restart: every module declares the numbers it lets administrators tune
 * ({@link fr.sensiblecity.thresholds.ThresholdCatalog}), with its YAML setting as the default; the values
 * administrators set are stored in the database (table {@code threshold_value}, JdbcTemplate: a flat key-value
 * table needs no aggregate), validated, and audited with the old and the new value. Each instance reads them
 * through a short cache that a change empties at once, on this instance and, by a live signal, on the others.
 */
@NullMarked
package fr.sensiblecity.thresholds;

import org.jspecify.annotations.NullMarked;
