/** The open-data page: the datasets, their columns, formats and licence. */
@NullMarked
package fr.sensiblecity.opendata.ui;

import org.jspecify.annotations.NullMarked;
