/** The resident's profile page and the administrators' role management page. */
@NullMarked
package fr.sensiblecity.residents.ui;

import org.jspecify.annotations.NullMarked;
