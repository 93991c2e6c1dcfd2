/**
 * Residents as the platform knows them: an identity provider's subject, a public display name, an age band,
 * a district and a language; the platform roles they hold. The first sign-in creates the resident.
 */
@NullMarked
package fr.sensiblecity.residents;

import org.jspecify.annotations.NullMarked;
