package fr.sensiblecity.demo;

import fr.sensiblecity.base.Role;
import fr.sensiblecity.drafts.AmendmentService;
import fr.sensiblecity.drafts.DraftForm;
import fr.sensiblecity.drafts.DraftService;
import fr.sensiblecity.drafts.ProposalService;
import fr.sensiblecity.residents.ResidentPrincipal;
import fr.sensiblecity.residents.ResidentService;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * An open co-construction process, after Gdansk's migration policy: Fanny facilitates a welcome policy for new
 * residents written by local organisations in two thematic groups, one section each; Bruno has proposed an
 * amendment that Chloé supports and discusses; Alice and Chloé have proposed recommendations, which the others
 * support, so that the members' proposals show while the draft is being written (signed in as one of them or as
 * Fanny). Panels have no members in the demo yet, so no panel draft.
 */
@Component
@Profile("demo")
@Order(3)
class DemoDrafts implements ApplicationRunner {

    private final DraftService drafts;
    private final AmendmentService amendments;
    private final ProposalService proposals;
    private final ResidentService residents;

    DemoDrafts(DraftService drafts, AmendmentService amendments, ProposalService proposals, ResidentService residents) {
        this.drafts = drafts;
        this.amendments = amendments;
        this.proposals = proposals;
        this.residents = residents;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        long fanny = resident("fanny", "Fanny");
        if (!as(fanny, () -> drafts.listDrafts(), Role.FACILITATOR).isEmpty()) {
            return;
        }
        long alice = resident("alice", "Alice des Tilleuls");
        long bruno = resident("bruno", "Bruno V.");
        long chloe = resident("chloe", "Chloé");
        long draft = as(fanny, () -> drafts.openDraft(new DraftForm("Accueillir les nouveaux habitants",
                "Comment la commune peut-elle mieux accueillir celles et ceux qui viennent s'y installer ?",
                "Conseil municipal de Valbrume", null)), Role.FACILITATOR);
        long housing = as(fanny, () -> drafts.addSection(draft, "Se loger",
                "La commune recense chaque année les logements vacants et met en relation leurs propriétaires avec les "
                        + "nouveaux arrivants.\nUn guichet unique en mairie oriente vers les aides au logement."), Role.FACILITATOR);
        long mobility = as(fanny, () -> drafts.addSection(draft, "Se déplacer",
                "Une navette relie les hameaux à la gare de Bellerive deux fois par jour.\nLes horaires sont affichés "
                        + "en mairie."), Role.FACILITATOR);
        as(fanny, () -> {
            long housingGroup = drafts.addGroup(draft, "Logement");
            long mobilityGroup = drafts.addGroup(draft, "Mobilité");
            drafts.assignSectionGroups(housing, List.of(housingGroup));
            drafts.assignSectionGroups(mobility, List.of(mobilityGroup));
            drafts.assignParticipant(draft, alice, "Association Les Tilleuls", housingGroup);
            drafts.assignParticipant(draft, bruno, "Comité des fêtes de Valbrume", mobilityGroup);
            drafts.assignParticipant(draft, chloe, "Collectif vélo de la Sorne", mobilityGroup);
            return draft;
        }, Role.FACILITATOR);
        long amendment = as(bruno, () -> amendments.proposeAmendment(mobility, "Une navette relie les hameaux à la gare "
                + "de Bellerive quatre fois par jour, y compris le samedi.\nLes horaires sont affichés en mairie et en "
                + "ligne.", "Deux passages par jour ne permettent pas d'aller travailler ni de rentrer le soir."));
        as(chloe, () -> amendments.supportAmendment(amendment));
        as(chloe, () -> {
            amendments.commentAmendment(amendment, "D'accord, et avec un emplacement pour les vélos ?");
            return amendment;
        });
        long welcomeDesk = as(alice, () -> proposals.proposeRecommendation(draft, "Un guichet unique d'accueil en mairie",
                "La mairie ouvre un guichet unique où chaque nouvel habitant trouve, en un rendez-vous, le logement, "
                        + "l'école, les transports et les associations."));
        long bikeRacks = as(chloe, () -> proposals.proposeRecommendation(draft, "Des arceaux à vélos à la gare",
                "La commune installe des arceaux à vélos couverts à la gare de Bellerive et aux arrêts de la navette."));
        as(bruno, () -> proposals.supportProposal(welcomeDesk));
        as(chloe, () -> proposals.supportProposal(welcomeDesk));
        as(bruno, () -> proposals.supportProposal(bikeRacks));
    }

    private long resident(String username, String displayName) {
        return residents.signIn("demo", username, displayName).id();
    }

    private <T> T as(long residentId, Supplier<T> action, Role... roles) {
        List<SimpleGrantedAuthority> authorities = new java.util.ArrayList<>(List.of(
                new SimpleGrantedAuthority(Role.RESIDENT.authority())));
        Arrays.stream(roles).map(role -> new SimpleGrantedAuthority(role.authority())).forEach(authorities::add);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new DemoPrincipal(residentId), null, authorities));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private record DemoPrincipal(long residentId) implements ResidentPrincipal {
    }
}
