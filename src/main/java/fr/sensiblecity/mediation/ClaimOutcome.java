package fr.sensiblecity.mediation;

/**
 * What claiming a receipt did: supports that passed to the account, those the resident had given online too and
 * that now count once, and whether the account became verified for the territory.
 */
public record ClaimOutcome(String territoryName, int moved, int merged, boolean verified) {
}
