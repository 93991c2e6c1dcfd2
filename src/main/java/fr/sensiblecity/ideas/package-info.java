/**
 * Ideas residents post for their territory: writing and editing them, supporting them (one support per
 * resident, exact counts under concurrency, an append-only hash-chained trail), their maturity, and browsing
 * them with filters, sorts and full-text search.
 */
@NullMarked
package fr.sensiblecity.ideas;

import org.jspecify.annotations.NullMarked;
