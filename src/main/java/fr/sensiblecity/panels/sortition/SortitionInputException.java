package fr.sensiblecity.panels.sortition;

import java.util.Arrays;

/**
 * Input a person can fix. The message is one English line that names the file, the line or the quota, for the
 * command line; {@link #problem()} and {@link #arguments()} say the same for a translated sentence (the file name
 * always first, then the line number where there is one, then the column, feature or quota concerned).
 */
public class SortitionInputException extends RuntimeException {

    /** What is wrong, as a short name (such as {@code missingColumn}) that a user interface can translate. */
    private final String problem;
    private final Object[] arguments;

    SortitionInputException(String problem, String message, Object... arguments) {
        super(message);
        this.problem = problem;
        this.arguments = arguments.clone();
    }

    public String problem() {
        return problem;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
