/**
 * Residency verification pages: a resident types their letter code; administrators set each territory's rules,
 * print letters and revoke; a mediator verifies a resident at the counter.
 */
@NullMarked
package fr.sensiblecity.verification.ui;

import org.jspecify.annotations.NullMarked;
