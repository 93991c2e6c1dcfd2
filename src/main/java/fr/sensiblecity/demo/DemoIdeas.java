package fr.sensiblecity.demo;

import fr.sensiblecity.base.Role;
import fr.sensiblecity.ideas.CommentService;
import fr.sensiblecity.ideas.CommentView;
import fr.sensiblecity.ideas.IdeaForm;
import fr.sensiblecity.ideas.IdeaQuery;
import fr.sensiblecity.ideas.IdeaService;
import fr.sensiblecity.ideas.IdeaSort;
import fr.sensiblecity.ideas.SupportService;
import fr.sensiblecity.residents.ResidentPrincipal;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A few ideas written by the demo residents, inspired by the source texts (third places, short food circuits,
 * mobility), with supports and a discussion; one idea in Valbrume has enough supports to be mature, so the
 * moderation queue has something in it.
 */
@Component
@Profile("demo")
@Order(2)
class DemoIdeas implements ApplicationRunner {

    private static final int MATURE_SUPPORTERS = 10;

    private final IdeaService ideas;
    private final SupportService supports;
    private final CommentService comments;
    private final ResidentService residents;
    private final TerritoryService territories;

    DemoIdeas(IdeaService ideas, SupportService supports, CommentService comments, ResidentService residents,
            TerritoryService territories) {
        this.ideas = ideas;
        this.supports = supports;
        this.comments = comments;
        this.residents = residents;
        this.territories = territories;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!ideas.browse(IdeaQuery.all(IdeaSort.NEWEST), 0, 1).isEmpty()) {
            return;
        }
        Map<String, TerritorySummary> communes = territories.listTerritories().stream()
                .collect(Collectors.toMap(TerritorySummary::name, Function.identity()));
        TerritorySummary valbrume = communes.get("Valbrume");
        TerritorySummary bellerive = communes.get("Bellerive-sur-Sorne");
        if (valbrume == null || bellerive == null) {
            return;
        }
        long alice = resident("alice", "Alice des Tilleuls");
        long bruno = resident("bruno", "Bruno V.");
        long chloe = resident("chloe", "Chloé");
        long thirdPlace = as(alice, () -> ideas.submitIdea(new IdeaForm("Un tiers-lieu dans l'ancienne poste",
                "Transformer l'ancien bureau de poste en **tiers-lieu** : espace de travail partagé, point d'accès "
                        + "aux services publics en ligne, café associatif.\n\n- ouvert le samedi\n- accompagnement "
                        + "numérique pour les aînés", theme("third-places"), valbrume.id(), null)));
        long market = as(bruno, () -> ideas.submitIdea(new IdeaForm("Un marché de producteurs le jeudi soir",
                "Un marché en circuit court avec les fermes du plateau, place de la mairie, de 17 h à 20 h.",
                theme("short-food-circuits"), bellerive.id(), bellerive.districts().getFirst().id())));
        long shuttle = as(chloe, () -> ideas.submitIdea(new IdeaForm("Une navette vers la gare de Bellerive",
                "Une navette à la demande entre les hameaux et la gare, réservable la veille par téléphone.",
                theme("mobility"), valbrume.id(), null)));
        as(bruno, () -> supports.support(thirdPlace));
        as(chloe, () -> supports.support(thirdPlace));
        as(alice, () -> supports.support(market));
        as(alice, () -> supports.support(shuttle));
        CommentView question = as(bruno, () -> comments.postComment(thirdPlace, null,
                "Qui tiendrait le café ? Une association existe déjà au bourg."));
        as(alice, () -> comments.postComment(thirdPlace, question.id(), "Oui, le comité des fêtes est partant."));
        for (int i = 1; i <= MATURE_SUPPORTERS; i++) {
            long neighbour = resident("voisin-" + i, "Voisin " + i);
            as(neighbour, () -> supports.support(shuttle));
        }
    }

    private long theme(String code) {
        return territories.listThemes().stream().filter(theme -> theme.code().equals(code)).findFirst().orElseThrow().id();
    }

    private long resident(String username, String displayName) {
        return residents.signIn("demo", username, displayName).id();
    }

    private <T> T as(long residentId, java.util.function.Supplier<T> action) {
        ResidentPrincipal principal = new DemoPrincipal(residentId);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal,
                null, List.of(new SimpleGrantedAuthority(Role.RESIDENT.authority()))));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private record DemoPrincipal(long residentId) implements ResidentPrincipal {
    }
}
