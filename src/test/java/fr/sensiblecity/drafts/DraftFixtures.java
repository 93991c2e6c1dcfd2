package fr.sensiblecity.drafts;

import fr.sensiblecity.base.Role;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.support.Actors;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * An open co-construction process ready to amend: a facilitator, participants from organisations, and a draft
 * with two sections, for the drafts tests.
 */
@Component
class DraftFixtures {

    static final String MOBILITY_TEXT = "La commune crée une navette vers la gare.";
    static final String HOUSING_TEXT = "La commune recense les logements vacants.";

    private final ResidentService residents;
    private final DraftService drafts;

    DraftFixtures(ResidentService residents, DraftService drafts) {
        this.residents = residents;
        this.drafts = drafts;
    }

    long resident(String name) {
        return residents.signIn("demo", name, name).id();
    }

    long facilitator() {
        long id = resident("facilitatrice");
        Actors.system();
        residents.grantRole(id, Role.FACILITATOR);
        return id;
    }

    /** A draft run by the facilitator, with the given number of participants (named member-1, member-2...). */
    Process openProcess(long facilitator, int members) {
        List<Long> participants = new ArrayList<>();
        for (int i = 1; i <= members; i++) {
            participants.add(resident("member-" + i));
        }
        Actors.resident(facilitator, Role.FACILITATOR);
        long draft = drafts.openDraft(new DraftForm("Politique d'accueil", "Comment mieux accueillir les nouveaux "
                + "habitants ?", "Conseil municipal de Valbrume", null));
        long mobility = drafts.addSection(draft, "Mobilité", MOBILITY_TEXT);
        long housing = drafts.addSection(draft, "Logement", HOUSING_TEXT);
        for (int i = 0; i < participants.size(); i++) {
            drafts.assignParticipant(draft, participants.get(i), "Association " + (i % 3 + 1), null);
        }
        Actors.clear();
        return new Process(draft, mobility, housing, participants);
    }

    record Process(long draft, long mobility, long housing, List<Long> members) {

        long member(int number) {
            return members.get(number - 1);
        }
    }
}
