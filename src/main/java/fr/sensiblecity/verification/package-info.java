/**
 * Residency verification, per territory: administrators choose which actions of a territory need a verified
 * resident ({@link fr.sensiblecity.verification.VerifiedAction}); a resident becomes verified for a territory by
 * typing a one-time letter code the town hall posted, or in person before a mediator who saw an identity
 * document (its kind is recorded, never its number), or at sign-in when the identity the OpenID Connect provider
 * asserts matches the town hall's list ({@link fr.sensiblecity.verification.TownHallLists}, kept only as salted
 * hashes). A verification expires after a configurable time and staff
 * may revoke it; every rule change, batch of codes, verification and revocation is audited. The services of the
 * guarded actions ask {@link fr.sensiblecity.verification.ResidencyCheck} and refuse with a sentence saying why
 * and how to get verified. Persistence is {@code JdbcClient}: flat rows and short reads, no aggregate rules.
 */
@NullMarked
package fr.sensiblecity.verification;

import org.jspecify.annotations.NullMarked;
