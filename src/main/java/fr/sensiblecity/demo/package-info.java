/**
 * Demo data for newcomers: a fictional rural cluster of five communes along the Sorne. Active only in the demo
 * profile, and only on an empty database.
 */
@NullMarked
package fr.sensiblecity.demo;

import org.jspecify.annotations.NullMarked;
