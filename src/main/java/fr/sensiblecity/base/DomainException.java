package fr.sensiblecity.base;

import java.util.Arrays;

/**
 * A refusal a person can cause and understand. It carries a translation key and its arguments, never a
 * ready-made sentence, so the view shows it in the reader's language.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
