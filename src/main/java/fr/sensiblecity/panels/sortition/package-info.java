/**
 * Fair, verifiable sortition: {@link fr.sensiblecity.panels.sortition.Sortition} turns a {@link
 * fr.sensiblecity.panels.sortition.Pool} of respondents and quotas into a LEXIMIN-fair {@link
 * fr.sensiblecity.panels.sortition.PanelDistribution} (its first stage is MAXIMIN, Flanigan et al., Nature 2021),
 * rounds it to a {@link fr.sensiblecity.panels.sortition.Lottery} of equally likely tickets whose SHA-256 is
 * published before the draw, and draws one ticket from a seed announced in advance. Volunteers with identical
 * features are interchangeable, so the solvers work over feature profiles rather than individuals; that is what
 * keeps pools of thousands fast. Pure domain code: no Spring bean, no database. {@link
 * fr.sensiblecity.panels.sortition.SortitionCommand} offers the same selection from practitioners' CSV files.
 */
@NullMarked
@NamedInterface("sortition")
package fr.sensiblecity.panels.sortition;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
