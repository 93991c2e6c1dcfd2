package fr.sensiblecity.home;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import fr.sensiblecity.residents.CurrentResident;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.territories.TerritorySummary;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The territory a person chose once for the home page: kept in a cookie for a year (and in the session, which a
 * cookie written by the page only reaches on the next request); until then, a resident's declared district's
 * commune; otherwise the whole platform. The cookie holds a territory number and nothing else, and serves only
 * this choice the person made, so it needs no consent.
 */
@Component
class TerritoryChoice {

    static final String COOKIE = "sc-territory";
    /** The value of "the whole platform", chosen on purpose. */
    static final String ALL = "all";
    private static final String SESSION_KEY = TerritoryChoice.class.getName();

    private final CurrentResident current;
    private final ResidentService residents;

    TerritoryChoice(CurrentResident current, ResidentService residents) {
        this.current = current;
        this.residents = residents;
    }

    /** The chosen territory among those that exist, or empty for the whole platform. */
    Optional<TerritorySummary> chosen(List<TerritorySummary> territories) {
        String remembered = remembered();
        if (remembered != null) {
            return find(territories, remembered);
        }
        if (current.id().isPresent()) {
            Long district = residents.myProfile().districtId();
            if (district != null) {
                return territories.stream().filter(territory -> territory.districts().stream()
                        .anyMatch(candidate -> candidate.id() == district.longValue())).findFirst();
            }
        }
        return Optional.empty();
    }

    /** Remembers the choice for this session and, through a cookie, for the next visits. */
    void remember(UI ui, @Nullable TerritorySummary territory) {
        String value = territory == null ? ALL : Long.toString(territory.id());
        VaadinSession.getCurrent().setAttribute(SESSION_KEY, value);
        ui.getPage().executeJs("document.cookie = $0 + '=' + $1 + '; path=/; max-age=31536000; SameSite=Lax';",
                COOKIE, value);
    }

    private static @Nullable String remembered() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(SESSION_KEY) instanceof String value) {
            return value;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    private static Optional<TerritorySummary> find(List<TerritorySummary> territories, String value) {
        return territories.stream().filter(territory -> Long.toString(territory.id()).equals(value)).findFirst();
    }
}
