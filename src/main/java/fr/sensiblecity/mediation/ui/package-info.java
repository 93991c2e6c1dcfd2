/** The mediator's paper-form page with its printed receipt, and the resident's claim page. */
@NullMarked
package fr.sensiblecity.mediation.ui;

import org.jspecify.annotations.NullMarked;
