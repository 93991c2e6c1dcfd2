package fr.sensiblecity.residents;

import fr.sensiblecity.base.LanguagePreferenceStore;
import fr.sensiblecity.base.SignedInPerson;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Tells the application frame who is signed in and which language they chose. */
@Component
class ResidentFrameAdapter implements SignedInPerson, LanguagePreferenceStore {

    private final ResidentService residents;
    private final CurrentResident current;

    ResidentFrameAdapter(ResidentService residents, CurrentResident current) {
        this.residents = residents;
        this.current = current;
    }

    @Override
    public Optional<String> displayName() {
        return current.id().flatMap(residents::displayNameOf);
    }

    @Override
    public Optional<Long> residentId() {
        return current.id();
    }

    @Override
    public Optional<Locale> preferredLanguage() {
        // Asked on every page a visitor opens: no transaction for someone who is not signed in.
        return current.id().isEmpty() ? Optional.empty() : residents.myLanguage();
    }

    @Override
    public void rememberLanguage(Locale locale) {
        residents.rememberMyLanguage(locale);
    }
}
