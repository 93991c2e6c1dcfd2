/**
 * The home page: the activity of the territory a visitor chose (remembered in a cookie, or taken from a resident's
 * district), read through the other modules' public services only: ideas close to maturity and the newest ones,
 * panels recruiting, drafts open for consultation, projects with their funding and campaigns ending soon, and a
 * few key numbers. It updates live: the modules' events become one signal per territory, and each instance reads
 * a territory's page data once per signal for all the pages that show it. Nothing depends on this module, so its
 * page and its helpers share one package and stay package-private.
 */
@NullMarked
package fr.sensiblecity.home;

import org.jspecify.annotations.NullMarked;
