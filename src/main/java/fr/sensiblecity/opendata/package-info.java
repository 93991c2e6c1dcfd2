/**
 * Open data: every {@link fr.sensiblecity.base.OpenDataset} bean that a module contributes is served to anyone,
 * without sign-in, as {@code /open-data/NAME.csv} and {@code /open-data/NAME.json}, streamed row by row so that a
 * million rows need no more memory than ten; the {@code /open-data} page lists them with their documented
 * columns and licence (Licence Ouverte / Etalab 2.0).
 */
@NullMarked
package fr.sensiblecity.opendata;

import org.jspecify.annotations.NullMarked;
