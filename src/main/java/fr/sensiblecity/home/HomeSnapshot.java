package fr.sensiblecity.home;

import fr.sensiblecity.drafts.DraftSummary;
import fr.sensiblecity.ideas.IdeaCard;
import fr.sensiblecity.ideas.IdeaFigures;
import fr.sensiblecity.panels.PanelDetails;
import fr.sensiblecity.projects.CampaignView;
import fr.sensiblecity.projects.ProjectCard;
import java.math.BigDecimal;
import java.util.List;

/** What the home page shows of a territory (or of all), as read at one moment; public data only. */
record HomeSnapshot(IdeaFigures ideaFigures, long panelMembers, BigDecimal pledged, List<IdeaCard> closeToMaturity,
        List<IdeaCard> newest, List<PanelDetails> recruiting, List<DraftSummary> consultations,
        List<ProjectCard> projects, List<CampaignView> campaigns) {
}
