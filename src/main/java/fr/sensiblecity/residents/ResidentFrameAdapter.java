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
        return residents.myLanguage();
    }

    @Override
    public void rememberLanguage(Locale locale) {
        residents.rememberMyLanguage(locale);
    }
}
