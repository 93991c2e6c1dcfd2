/** The accessibility statement, legal notice and privacy policy pages. */
@NullMarked
package fr.sensiblecity.legal.ui;

import org.jspecify.annotations.NullMarked;
