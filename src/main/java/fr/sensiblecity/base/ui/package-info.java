/** The application's frame: layout, navigation, language switch and the pages shown when something goes wrong. */
@NullMarked
package fr.sensiblecity.base.ui;

import org.jspecify.annotations.NullMarked;
