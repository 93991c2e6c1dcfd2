package fr.sensiblecity.verification;

import java.time.Instant;

/** What an administrator sees of a territory's list: how many rows it had and when it was uploaded. */
public record TownHallList(long territoryId, int rows, Instant uploadedAt) {
}
