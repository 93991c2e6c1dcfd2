package fr.sensiblecity.mediation;

/**
 * What claiming a receipt did: supports that passed to the account and those the resident had given online too (now
 * counted once); panel pool entries likewise (an entry in a pool already frozen by its lottery stays as drawn);
 * consultation comments now signed with the account's name; and whether the account became verified.
 */
public record ClaimOutcome(String territoryName, int supportsMoved, int supportsMerged, int volunteeringsMoved,
        int volunteeringsMerged, int comments, boolean verified) {
}
