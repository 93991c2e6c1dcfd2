package fr.sensiblecity.projects.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteConfiguration;
import fr.sensiblecity.base.Amounts;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.projects.CampaignForm;
import fr.sensiblecity.projects.CampaignService;
import fr.sensiblecity.projects.FundingService;
import fr.sensiblecity.projects.Programme;
import fr.sensiblecity.projects.ProjectDetails;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;

/**
 * The management page's campaign section: a link to the project's campaign, or the form that opens it. Deadlines
 * are typed in Paris time; an empty crowd share or cap takes the programme's.
 */
class CampaignOpening extends Div {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Makes the page's buttons: run, confirm, show the project again; a refusal is explained. */
    @FunctionalInterface
    interface Actions {
        Button action(String labelKey, String id, Runnable run);
    }

    CampaignOpening(ProjectDetails shown, FundingService funding, CampaignService campaigns, Actions actions) {
        addClassName("sc-manage-section");
        setId("manage-campaign");
        add(new H2(getTranslation("campaign.title")));
        var existing = campaigns.campaignOfProject(shown.id());
        if (existing.isPresent()) {
            Anchor open = new Anchor(RouteConfiguration.forSessionScope().getUrl(CampaignPage.class, existing.get().id()),
                    getTranslation("campaign.open"));
            open.setId("manage-campaign-link");
            add(open);
            return;
        }
        Select<Programme> programme = new Select<>();
        programme.setLabel(getTranslation("manage.programme"));
        List<Programme> programmes = funding.listProgrammes();
        programme.setItems(programmes);
        programme.setItemLabelGenerator(item -> item == null ? "" : item.name(getLocale()));
        programme.setId("campaign-programme");
        if (!programmes.isEmpty()) {
            programme.setValue(programmes.getFirst());
        }
        TextField target = new TextField(getTranslation("campaign.target"));
        target.setId("campaign-target");
        DateTimePicker deadline = new DateTimePicker(getTranslation("campaign.deadline"));
        deadline.setLocale(getLocale());
        deadline.setId("campaign-deadline");
        target.setRequiredIndicatorVisible(true);
        TextField share = new TextField(getTranslation("campaign.share"));
        share.setHelperText(getTranslation("campaign.shareHelp"));
        share.setId("campaign-share");
        TextField cap = new TextField(getTranslation("campaign.cap"));
        cap.setHelperText(getTranslation("campaign.capHelp"));
        cap.setId("campaign-cap");
        add(new Paragraph(getTranslation("campaign.openHelp")), ProjectManageView.row(programme, target, deadline, share, cap),
                actions.action("manage.openCampaign", "open-campaign", () -> {
                    if (programme.getValue() == null) {
                        throw new DomainException("programme.error.notFound");
                    }
                    BigDecimal crowdShare = share.isEmpty() ? null
                            : Amounts.parse(share.getValue().replace("%", ""), getLocale()).movePointLeft(2);
                    BigDecimal projectCap = cap.isEmpty() ? null : Amounts.parse(cap.getValue(), getLocale());
                    campaigns.openCampaign(shown.id(), new CampaignForm(programme.getValue().id(),
                            Amounts.parse(target.getValue(), getLocale()), null,
                            deadline.getValue() == null ? null : deadline.getValue().atZone(PARIS).toInstant(),
                            crowdShare, projectCap));
                }));
    }
}
