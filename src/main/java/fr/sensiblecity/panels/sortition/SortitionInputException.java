package fr.sensiblecity.panels.sortition;

/** Input a person can fix: the message is one line that names the file, the line or the quota. */
public class SortitionInputException extends RuntimeException {

    public SortitionInputException(String message) {
        super(message);
    }
}
