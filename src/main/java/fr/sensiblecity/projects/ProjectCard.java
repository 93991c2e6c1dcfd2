package fr.sensiblecity.projects;

import java.math.BigDecimal;

/** A project as the list shows it. */
public record ProjectCard(long id, String title, long territoryId, String territoryName, HolderType holderType,
        ProjectPhase phase, BigDecimal budget, BigDecimal secured, FundingStatus fundingStatus, int percentage) {
}
