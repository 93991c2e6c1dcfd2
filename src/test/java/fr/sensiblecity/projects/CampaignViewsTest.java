package fr.sensiblecity.projects;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.support.SignedInAs;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** A resident pledges on a campaign page, in French; a typing mistake is explained and changes nothing. */
@MariaDbTest
@SignedInAs(name = "Camille")
class CampaignViewsTest extends SpringBrowserlessTest {

    @Autowired
    ProjectFixtures fixtures;

    @Autowired
    ProjectService projects;

    @Autowired
    FundingService funding;

    @Autowired
    CampaignService campaigns;

    long campaign;

    @BeforeEach
    void anOpenCampaign() {
        Authentication camille = SecurityContextHolder.getContext().getAuthentication();
        var valbrume = fixtures.commune("Valbrume", 860, true);
        long project = fixtures.project(valbrume, "Tiers-lieu de Valbrume", "third-places", new BigDecimal("2000"));
        long programme = fixtures.openProgramme("views", new BigDecimal("10000"), new BigDecimal("0.5"),
                new BigDecimal("50000"));
        Actors.resident(fixtures.resident("morgane"), Role.MODERATOR);
        funding.checkEligibility(project, programme, Map.of());
        campaign = campaigns.openCampaign(project, new CampaignForm(programme, new BigDecimal("2000"), null,
                Instant.now().plus(Duration.ofDays(30)), null, null));
        SecurityContextHolder.getContext().setAuthentication(camille);
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void a_resident_pledges_raises_and_sees_the_totals_in_french() {
        navigate("campaigns/" + campaign, Component.class);
        assertThat($(Paragraph.class).id("campaign-no-payment").getText()).startsWith("Les promesses sont des engagements");
        test($(TextField.class).id("pledge-amount")).setValue("25,50");
        test($(Button.class).id("pledge-button")).click();
        assertThat(plain(test($(Notification.class).last()).getText())).isEqualTo("Votre promesse de 25,50 € est enregistrée.");
        assertThat(plain($(Paragraph.class).id("campaign-totals").getText()))
                .isEqualTo("25,50 € promis sur 2 000,00 € par 1 habitant");

        test($(TextField.class).id("pledge-amount")).setValue("40");
        test($(Button.class).id("pledge-button")).click();
        assertThat(plain($(Paragraph.class).id("my-pledge").getText())).isEqualTo("Vous avez promis 40,00 €.");
    }

    @Test
    void a_pledge_that_is_not_an_amount_or_below_the_minimum_is_explained_and_nothing_changes() {
        navigate("campaigns/" + campaign, Component.class);
        for (String typed : List.of("beaucoup", "-20", "2")) {
            test($(TextField.class).id("pledge-amount")).setValue(typed);
            test($(Button.class).id("pledge-button")).click();
            assertThat(test($(Notification.class).last()).getText()).as(typed).isNotBlank();
        }
        assertThat(test($(Notification.class).last()).getText()).startsWith("Une promesse va de 5,00");
        assertThat(campaigns.findCampaign(campaign).pledged()).isEqualByComparingTo("0");
        assertThat(campaigns.myPledge(campaign)).isEmpty();
    }

    @Test
    void a_french_amount_with_a_dot_before_three_digits_is_refused_as_ambiguous_and_nothing_is_pledged() {
        navigate("campaigns/" + campaign, Component.class);
        test($(TextField.class).id("pledge-amount")).setValue("12.500");
        test($(Button.class).id("pledge-button")).click();

        assertThat(test($(Notification.class).last()).getText()).startsWith("Ce montant est ambigu")
                .contains("12 500").contains("12,50");
        assertThat(campaigns.findCampaign(campaign).pledged()).isEqualByComparingTo("0");
        assertThat(campaigns.myPledge(campaign)).isEmpty();

        test($(TextField.class).id("pledge-amount")).setValue("1\u202f250,50");
        test($(Button.class).id("pledge-button")).click();
        assertThat(campaigns.findCampaign(campaign).pledged()).as("thousands after a narrow no-break space")
                .isEqualByComparingTo("1250.50");
    }

    private static String plain(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
