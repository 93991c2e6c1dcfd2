package fr.sensiblecity.base;

import java.util.Optional;

/** What the frame needs to greet the signed-in person; implemented by the module that knows residents. */
public interface SignedInPerson {

    Optional<String> displayName();

    /** The signed-in resident's number, for modules that record who acted but cannot depend on residents. */
    Optional<Long> residentId();
}
