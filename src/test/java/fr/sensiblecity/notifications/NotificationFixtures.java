package fr.sensiblecity.notifications;

import fr.sensiblecity.ideas.IdeaForm;
import fr.sensiblecity.ideas.IdeaService;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.EventsDelivered;
import fr.sensiblecity.territories.TerritoryForm;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** A commune, residents, ideas, and events published the way the ideas module publishes them. */
@Component
class NotificationFixtures {

    private final TerritoryService territories;
    private final ResidentService residents;
    private final IdeaService ideas;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final EventsDelivered delivered;

    NotificationFixtures(TerritoryService territories, ResidentService residents, IdeaService ideas,
            ApplicationEventPublisher events, TransactionTemplate transaction, EventsDelivered delivered) {
        this.delivered = delivered;
        this.territories = territories;
        this.residents = residents;
        this.ideas = ideas;
        this.events = events;
        this.transaction = transaction;
    }

    /** A small commune, where ten supports make an idea mature. */
    TerritorySummary commune() {
        var before = SecurityContextHolder.getContext().getAuthentication();
        Actors.system();
        TerritorySummary commune = territories.createTerritory(new TerritoryForm("Valbrume", "99102", 400, 2023,
                true, List.of("Le Bourg")));
        SecurityContextHolder.getContext().setAuthentication(before);
        return commune;
    }

    long resident(String name) {
        return residents.signIn("demo", name, name).id();
    }

    /** An idea posted by {@code author}; whoever was signed in before stays signed in. */
    long ideaBy(long author, TerritorySummary commune, String title) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        Actors.resident(author);
        long mobility = territories.listThemes().stream().filter(theme -> theme.code().equals("mobility")).findFirst()
                .orElseThrow().id();
        long idea = ideas.submitIdea(new IdeaForm(title, "Installer une station de vélos partagés près de la mairie "
                + "et de l'école, pour les trajets courts.", mobility, commune.id(), null));
        SecurityContextHolder.getContext().setAuthentication(before);
        return idea;
    }

    /**
     * Publishes as a module does: inside a transaction, so listeners run once it commits, in the background; then
     * waits until they have finished, as a resident would find their notices a moment later.
     */
    void publish(Object event) {
        transaction.executeWithoutResult(status -> events.publishEvent(event));
        delivered.await();
    }
}
