/**
 * Participation through a mediator (issue 13, item 2), for people without internet: at a town hall or France
 * Services counter, a mediator records what a person signed on a paper form (for now, the support of an idea), with
 * the form's reference, after checking an identity document. The person's identity is kept only as a person key, a
 * keyed hash of the territory, names and birth date ({@link fr.sensiblecity.mediation.PersonKeys}), so that the same
 * person is recognised on a second paper without their name or birth date being stored. Their records belong to a
 * nameless paper account until they sign in and type the one-time code printed on their receipt; the records then
 * pass to their own account, where a support also given online counts once. Persistence is {@code JdbcClient}, as in
 * the verification module: flat rows and short reads.
 */
@NullMarked
package fr.sensiblecity.mediation;

import org.jspecify.annotations.NullMarked;
