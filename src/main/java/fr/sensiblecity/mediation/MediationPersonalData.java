package fr.sensiblecity.mediation;

import fr.sensiblecity.base.PersonalData;
import org.springframework.stereotype.Component;

/**
 * The paper forms a resident claimed (reference, what, when). On erasure the link from their person key to the
 * account goes, and the key with it; the records stay, with the supports they counted.
 */
@Component
class MediationPersonalData implements PersonalData {

    private final PaperStore store;

    MediationPersonalData(PaperStore store) {
        this.store = store;
    }

    @Override
    public String section() {
        return "paperForms";
    }

    @Override
    public Object export(long residentId) {
        return store.claimedBy(residentId);
    }

    @Override
    public void erase(long residentId) {
        store.forgetClaims(residentId);
    }
}
