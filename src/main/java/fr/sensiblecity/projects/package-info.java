/**
 * Experimental projects born from mature ideas, and how they are funded: lifecycle and milestones with a public
 * timeline, funding programmes with eligibility rules, funding plans by source, civic crowdfunding campaigns with
 * the city's matching from a global pot, and labels on territories and projects.
 */
@NullMarked
package fr.sensiblecity.projects;

import org.jspecify.annotations.NullMarked;
