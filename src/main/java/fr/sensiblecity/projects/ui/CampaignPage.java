package fr.sensiblecity.projects.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.sensiblecity.base.Amounts;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.projects.CampaignService;
import fr.sensiblecity.projects.CampaignState;
import fr.sensiblecity.projects.CampaignView;
import fr.sensiblecity.projects.PledgeOutcome;
import fr.sensiblecity.territories.TerritoryService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A civic crowdfunding campaign: its terms (target, crowd share, the city's part and cap), the totals, and for a
 * signed-in resident the pledge form. Pledges are commitments recorded here; the page says that no money moves.
 */
@Route("campaigns")
@AnonymousAllowed
class CampaignPage extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CampaignService campaigns;
    private final TerritoryService territories;
    private final AuthenticationContext authentication;
    private final Clock clock;
    private @Nullable CampaignView campaign;

    CampaignPage(CampaignService campaigns, TerritoryService territories, AuthenticationContext authentication,
            Clock clock) {
        this.campaigns = campaigns;
        this.territories = territories;
        this.authentication = authentication;
        this.clock = clock;
        addClassName("sc-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long campaignId) {
        show(campaigns.findCampaign(campaignId));
    }

    private void show(CampaignView shown) {
        removeAll();
        campaign = shown;
        ProjectLabels labels = new ProjectLabels(territories, getLocale());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.of("Europe/Paris"));
        Anchor project = new Anchor(RouteConfiguration.forSessionScope().getUrl(ProjectView.class, shown.projectId()),
                shown.projectTitle());
        project.setId("campaign-project");
        Paragraph noPayment = new Paragraph(getTranslation("campaign.noPayment"));
        noPayment.addClassName("sc-notice");
        noPayment.setId("campaign-no-payment");
        String share = shown.crowdShare().movePointRight(2).stripTrailingZeros().toPlainString();
        Paragraph terms = new Paragraph(getTranslation("campaign.terms", labels.euros(shown.target()), share,
                labels.euros(shown.threshold()), labels.euros(shown.projectCap()),
                shown.name(getLocale())));
        Paragraph when = new Paragraph(getTranslation("campaign.when", dates.format(shown.startsAt()),
                dates.format(shown.deadline())));
        Paragraph state = new Paragraph(getTranslation(shown.state().labelKey()));
        state.addClassName("sc-badge");
        state.setId("campaign-state");
        Paragraph totals = new Paragraph(getTranslation("campaign.totals", labels.euros(shown.pledged()),
                labels.euros(shown.target()), shown.pledgerCount()));
        totals.setId("campaign-totals");
        totals.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("campaign.pageTitle", shown.projectTitle())), project, noPayment, state, terms, when,
                totals, ProjectLabels.progress(shown.percentage(), getTranslation("campaign.progress"),
                        "campaign-progress"));
        if (shown.state() == CampaignState.SUCCEEDED) {
            Paragraph match = new Paragraph(getTranslation("campaign.cityMatched", labels.euros(shown.cityMatch())));
            match.setId("campaign-city-match");
            add(match);
        } else if (shown.state() == CampaignState.FAILED) {
            add(new Paragraph(getTranslation("campaign.released")));
        } else {
            add(new Paragraph(getTranslation("campaign.potLeft", labels.euros(shown.potLeft()))));
        }
        add(pledgeSection(shown, labels));
    }

    private Div pledgeSection(CampaignView shown, ProjectLabels labels) {
        Div section = new Div(new H2(getTranslation("pledge.title")));
        section.setId("pledge-section");
        if (!shown.takesPledgesAt(clock.instant())) {
            section.add(new Paragraph(getTranslation(shown.state() == CampaignState.OPEN
                    && clock.instant().isBefore(shown.startsAt()) ? "pledge.notStarted" : "pledge.closed")));
            return section;
        }
        if (!authentication.isAuthenticated()) {
            Anchor signIn = new Anchor("login", getTranslation("pledge.signIn"));
            signIn.setId("pledge-sign-in");
            section.add(signIn);
            return section;
        }
        Optional<BigDecimal> mine = campaigns.myPledge(shown.id());
        Paragraph current = new Paragraph(mine.map(amount -> getTranslation("pledge.mine", labels.euros(amount)))
                .orElse(getTranslation("pledge.none")));
        current.setId("my-pledge");
        TextField amount = new TextField(getTranslation("pledge.amount"));
        amount.setId("pledge-amount");
        amount.setRequiredIndicatorVisible(true);
        amount.setHelperText(getTranslation("pledge.limits", labels.euros(shown.minPledge()),
                labels.euros(shown.maxPledge())));
        amount.setSuffixComponent(new com.vaadin.flow.component.html.Span("€"));
        Button pledge = new Button(getTranslation(mine.isPresent() ? "pledge.change" : "pledge.give"), click -> {
            try {
                PledgeOutcome outcome = campaigns.pledge(shown.id(), Amounts.parse(amount.getValue(), getLocale()));
                Notifications.success(getTranslation("pledge.recorded", labels.euros(outcome.myPledge())));
                show(campaigns.findCampaign(shown.id()));
            } catch (DomainException refused) {
                Notifications.refused(refused);
            }
        });
        pledge.addThemeVariants(ButtonVariant.PRIMARY);
        pledge.setId("pledge-button");
        HorizontalLayout row = new HorizontalLayout(amount, pledge);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        section.add(current, row);
        if (mine.isPresent()) {
            Button withdraw = new Button(getTranslation("pledge.withdraw"), click -> {
                try {
                    campaigns.withdrawPledge(shown.id());
                    Notifications.success(getTranslation("pledge.withdrawn"));
                    show(campaigns.findCampaign(shown.id()));
                } catch (DomainException refused) {
                    Notifications.refused(refused);
                }
            });
            withdraw.addThemeVariants(ButtonVariant.TERTIARY);
            withdraw.setId("pledge-withdraw");
            section.add(withdraw);
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return (campaign == null ? getTranslation("campaign.title")
                : getTranslation("campaign.pageTitle", campaign.projectTitle())) + " | " + getTranslation("app.name");
    }
}
