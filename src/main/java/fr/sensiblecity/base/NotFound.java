package fr.sensiblecity.base;

/** The thing asked for does not exist, or the reader may not know that it does. */
public class NotFound extends DomainException {

    public NotFound(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
