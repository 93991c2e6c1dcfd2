package fr.sensiblecity.verification;

import fr.sensiblecity.base.DomainException;

/**
 * A guarded action refused because the resident's residency is not verified for the territory: the sentence
 * says which action, where, and how to get verified.
 */
public class NotVerified extends DomainException {

    private final VerifiedAction action;

    NotVerified(VerifiedAction action, String territoryName) {
        super(action.refusalKey(), territoryName);
        this.action = action;
    }

    public VerifiedAction action() {
        return action;
    }
}
