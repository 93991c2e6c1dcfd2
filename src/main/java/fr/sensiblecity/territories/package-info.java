/**
 * Territories (communes, groups of communes, metropolises) with their official facts and districts, and the
 * themes ideas and projects are filed under. Administrators manage both; everyone may read them.
 */
@NullMarked
package fr.sensiblecity.territories;

import org.jspecify.annotations.NullMarked;
