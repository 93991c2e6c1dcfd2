/**
 * How people get in: OpenID Connect providers added by configuration, demo accounts in the demo profile only,
 * and the roles each request carries, refreshed from the database so that a revoked role stops at once.
 */
@NullMarked
package fr.sensiblecity.security;

import org.jspecify.annotations.NullMarked;
